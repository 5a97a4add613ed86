import type { CellValue } from "../../core/table/grid";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JavaScript Date as exceljs gives it (UTC holds the sheet's wall time) to an Excel serial. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors, dates) to the plain values the core reads. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((part) => part.text ?? "").join("");
    if ("error" in v) return String(v.error);
    if ("result" in v) return toCellValue(v.result);
    if ("formula" in v || "sharedFormula" in v) return null;
    if ("text" in v) return toCellValue(v.text);
  }
  return String(value);
}
