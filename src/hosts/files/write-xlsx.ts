import type { Grid } from "../../core/table/grid";
import { validSheetNames } from "../../core/table/sheet-name";
import { spreadsheetCharacters } from "../../core/xml/escape";
import { loadSheetJs } from "./sheetjs";

/** A grid as a sheet to write: columns whose numbers are dates, and column widths in characters. */
export interface SheetLayout extends Grid {
  dateColumns?: number[];
  widths?: number[];
}

/**
 * SheetJS writes a sheet by visiting every cell of its rectangle, filled or not (11 ns each here): 200,000 rows
 * with one cell in column XFD are 3.3 billion visits, a minute. Past this many the copy is refused.
 */
export const MAX_WRITTEN_RECTANGLE = 200_000_000;

/** The sheet of `grids` whose rectangle (rows × widest row) is past {@link MAX_WRITTEN_RECTANGLE}, if any. */
export function tooLargeToWrite(grids: Grid[]): { sheet: string; rows: number; columns: number } | null {
  for (const grid of grids) {
    const columns = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    if (grid.rows.length * columns > MAX_WRITTEN_RECTANGLE)
      return { sheet: grid.sheet, rows: grid.rows.length, columns };
  }
  return null;
}

/**
 * Grids as an .xlsx: fractional serials over 40000 (a date and time) and the numbers of `dateColumns` keep a
 * date format so they show as dates; merged areas are merged; columns are 16 characters wide unless given. Each
 * sheet gets a name Excel accepts ({@link validSheetNames}): a name made from a file's may not be one.
 */
export async function gridsToXlsx(grids: SheetLayout[]): Promise<Uint8Array> {
  const XLSX = await loadSheetJs();
  const workbook = XLSX.utils.book_new();
  const names = validSheetNames(grids.map((grid) => grid.sheet));
  for (const [index, grid] of grids.entries()) {
    const sheet = XLSX.utils.aoa_to_sheet(
      grid.rows.map((row) =>
        row.map((v) => (v === null ? undefined : typeof v === "string" ? spreadsheetCharacters(v) : v)),
      ),
      { dense: true },
    );
    for (const row of (sheet["!data"] ?? []) as ({ t: string; v: unknown; z?: string } | undefined)[][])
      (row ?? []).forEach((cell, col) => {
        if (!cell || typeof cell.v !== "number") return;
        if (grid.dateColumns?.includes(col)) cell.z = "yyyy-mm-dd";
        else if (cell.v > 40000 && !Number.isInteger(cell.v)) cell.z = "yyyy-mm-dd hh:mm";
      });
    sheet["!merges"] = (grid.merges ?? []).map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
    const width = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    sheet["!cols"] = Array.from({ length: width }, (_, col) => ({ wch: grid.widths?.[col] ?? 16 }));
    XLSX.utils.book_append_sheet(workbook, sheet, names[index]);
  }
  return new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
}
