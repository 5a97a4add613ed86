import { MARK_COLOURS } from "../../core/report/report";
import { type Severity, bySeverity } from "../../core/rules/finding";
import { jsonPartValue, jsonPartXml } from "../../core/xml/json-part";
import { HostError } from "../office/host-error";

/**
 * What marking records so that clearing can put every fill back: for each marked cell, a hidden workbook
 * name that Excel itself keeps pointing at the cell through renamed sheets and inserted or deleted rows, the
 * mark's colour, and the fill the cell had before. Kept in a custom XML part of the workbook: adding one adds
 * no sheet, and from ExcelApi 1.20 clears no undo history (before it, any add-in write does: office/undo.ts).
 */
export const MARKS_NAMESPACE = "urn:huiwu:marks:1";
/** Marking stops at this many cells: a register with more problems than this needs reading, not colouring. */
export const MAX_MARKED_CELLS = 5000;

/** A cell's fill before marking, as Range.getCellProperties reports it. */
export interface SavedFill {
  color?: string;
  pattern?: string;
  tintAndShade?: number | null;
}

export interface Mark {
  /** The hidden workbook name pointing at the cell. */
  name: string;
  sheet: string;
  cell: string;
  colour: string;
  fill: SavedFill;
}

export interface MarkRecord {
  v: 1;
  marks: Mark[];
}

/** The record's shape, checked with zod when a record is read back (loaded then: zod is not on the first screen). */
async function recordSchema() {
  const { z } = await import("zod");
  const fill = z.object({
    color: z.string().optional(),
    pattern: z.string().optional(),
    tintAndShade: z.number().nullable().optional(),
  });
  return z.object({
    v: z.literal(1),
    marks: z.array(
      z.object({
        name: z.string().regex(/^_huiwu_mark_\d+$/),
        sheet: z.string(),
        cell: z.string(),
        colour: z.string(),
        fill,
      }),
    ),
  });
}

export const markName = (i: number) => `_huiwu_mark_${i}`;

/** A workbook name that marking added (and clearing or discarding removes). */
export const isMarkName = (name: string) => /^_huiwu_mark_\d+$/.test(name);

/** The `i`th cell to colour as the record keeps it: its hidden name, its severity's colour, the fill it had. */
export function markOf(i: number, chosen: { sheet: string; cell: string; severity: Severity }, fill: SavedFill): Mark {
  return { name: markName(i), sheet: chosen.sheet, cell: chosen.cell, colour: MARK_COLOURS[chosen.severity], fill };
}

/**
 * The cells to colour, errors first, at most MAX_MARKED_CELLS of them (`limited` when some were left out): the
 * same choice in Excel and WPS.
 */
export function cellsToColour(marks: Map<string, Map<string, Severity>>): {
  chosen: { sheet: string; cell: string; severity: Severity }[];
  limited: boolean;
} {
  const all = [...marks].flatMap(([sheet, cells]) => [...cells].map(([cell, severity]) => ({ sheet, cell, severity })));
  all.sort(bySeverity);
  return { chosen: all.slice(0, MAX_MARKED_CELLS), limited: all.length > MAX_MARKED_CELLS };
}

export function markRecordXml(record: MarkRecord): string {
  return jsonPartXml("marks", MARKS_NAMESPACE, record);
}

/** The record read back, or a Chinese reason it cannot be used (and a way out: discard it). */
export async function parseMarkRecord(xml: string): Promise<MarkRecord> {
  const parsed = jsonPartValue(xml, "marks") ?? null;
  const result = (await recordSchema()).safeParse(parsed);
  if (!result.success)
    throw new HostError(
      "标注记录已损坏，无法恢复原来的填充。可点“放弃标注记录”：单元格保持现在的样子，记录删除",
      "MarkRecordCorrupt",
    );
  return result.data as MarkRecord;
}

/** The same colour as Excel reports it (`#FFC7CE`, `#ffc7ce`). */
export function sameColour(a: string | undefined, b: string): boolean {
  return !!a && a.toUpperCase() === b.toUpperCase();
}

/** Whether a marked cell still has the mark's fill (`now`), so clearing puts its old fill back; else the user's stays. */
export function stillMarked(now: SavedFill | undefined, mark: Mark): boolean {
  return now?.pattern !== "None" && sameColour(now?.color, mark.colour);
}
