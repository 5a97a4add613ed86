import { MARK_COLOURS } from "../../core/report/report";
import type { Severity } from "../../core/rules/finding";
import { HostError } from "../office/host-error";
import {
  MARKS_NAMESPACE,
  cellsToColour,
  type Mark,
  type SavedFill,
  markName,
  markRecordXml,
  parseMarkRecord,
  sameColour,
} from "./mark-record";

/** The record sheet of versions before 0.2 (a very hidden sheet): still read, so their marks can be cleared. */
export const LEGACY_RECORD_SHEET = "会务助手_标注记录";

export interface MarkedCells {
  cells: number;
  /** More cells had problems than MAX_MARKED_CELLS: the rest were left unmarked. */
  limited: boolean;
}

export interface ClearedMarks {
  /** Cells given back the fill they had before marking. */
  restored: number;
  /** Cells whose fill the user changed after marking: left as the user made them. */
  kept: number;
  /** Marked cells no longer in the workbook (their rows or sheet deleted). */
  gone: number;
}

const FILL_PROPS = { format: { fill: { color: true, pattern: true, tintAndShade: true } } } as const;
type CellProps = { format?: { fill?: SavedFill } };

/**
 * Colours each cell by its severity (errors first when there are more than MAX_MARKED_CELLS) after
 * putting back any earlier marks, and records what each cell had, against a hidden name per cell.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: Map<string, Map<string, Severity>>,
): Promise<MarkedCells> {
  await clearMarks(context);
  const { chosen, limited } = cellsToColour(marks);
  const sheets = new Map<string, Excel.Worksheet>();
  const planned = chosen.map((m) => {
    let worksheet = sheets.get(m.sheet);
    if (!worksheet) {
      worksheet = context.workbook.worksheets.getItem(m.sheet);
      worksheet.load("protection/protected");
      sheets.set(m.sheet, worksheet);
    }
    const range = worksheet.getRange(m.cell);
    return { ...m, range, props: range.getCellProperties(FILL_PROPS) };
  });
  await context.sync();
  const locked = [...sheets].find(([, w]) => w.protection.protected);
  if (locked)
    throw new HostError(
      `工作表“${locked[0]}”受保护，无法标注。请先取消保护（审阅 → 撤销工作表保护），未做任何改动`,
      "AccessDenied",
    );
  const record: Mark[] = planned.map((m, i) => {
    const fill = (m.props.value[0]?.[0] as CellProps | undefined)?.format?.fill ?? {};
    const colour = MARK_COLOURS[m.severity];
    const item = context.workbook.names.add(markName(i), m.range);
    item.visible = false;
    m.range.format.fill.color = colour;
    return { name: markName(i), sheet: m.sheet, cell: m.cell, colour, fill };
  });
  context.workbook.customXmlParts.add(markRecordXml({ v: 1, marks: record }));
  await context.sync();
  return { cells: record.length, limited };
}

/**
 * Puts back the fill each marked cell had, wherever the cell has moved to; a cell the user has filled
 * since keeps the user's fill. Removes the names and the record.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<ClearedMarks> {
  const part = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE).getOnlyItemOrNullObject();
  const legacy = context.workbook.worksheets.getItemOrNullObject(LEGACY_RECORD_SHEET);
  await context.sync();
  const cleared: ClearedMarks = { restored: 0, kept: 0, gone: 0 };
  if (!legacy.isNullObject) cleared.restored += await restoreLegacy(context, legacy);
  if (part.isNullObject) return cleared;
  const xml = part.getXml();
  await context.sync();
  // getXml() returns a ClientResult: its value is there after the sync above, with no load() to call.
  // eslint-disable-next-line office-addins/load-object-before-read
  const record = await parseMarkRecord(xml.value);
  const tracked = record.marks.map((mark) => {
    const item = context.workbook.names.getItemOrNullObject(mark.name);
    const range = item.getRangeOrNullObject();
    range.load("rowCount,columnCount");
    return { mark, item, range };
  });
  await context.sync();
  const live = tracked.filter((t) => !t.item.isNullObject && !t.range.isNullObject && t.range.rowCount === 1);
  cleared.gone += tracked.length - live.length;
  const current = live.map((t) => ({ ...t, props: t.range.getCellProperties(FILL_PROPS) }));
  await context.sync();
  for (const { mark, range, props } of current) {
    const now = (props.value[0]?.[0] as CellProps | undefined)?.format?.fill;
    if (!sameColour(now?.color, mark.colour) || now?.pattern === "None") {
      cleared.kept++;
      continue;
    }
    range.setCellProperties([[{ format: { fill: fillToSet(mark.fill) } }]]);
    cleared.restored++;
  }
  forget(tracked, part);
  await context.sync();
  return cleared;
}

/** Drops the record and its names without touching any cell: the way out of a damaged record. */
export async function discardMarks(context: Excel.RequestContext): Promise<void> {
  const part = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE).getOnlyItemOrNullObject();
  const legacy = context.workbook.worksheets.getItemOrNullObject(LEGACY_RECORD_SHEET);
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  for (const item of names.items) if (/^_huiwu_mark_\d+$/.test(item.name)) item.delete();
  if (!part.isNullObject) part.delete();
  if (!legacy.isNullObject) {
    legacy.visibility = "Visible";
    legacy.delete();
  }
  await context.sync();
}

function forget(tracked: { item: Excel.NamedItem }[], part: Excel.CustomXmlPart): void {
  for (const { item } of tracked) if (!item.isNullObject) item.delete();
  part.delete();
}

function fillToSet(fill: SavedFill): Excel.CellPropertiesFill {
  return fill.pattern === "None" || !fill.color
    ? { pattern: "None" as Excel.FillPattern }
    : { color: fill.color, pattern: fill.pattern as Excel.FillPattern, tintAndShade: fill.tintAndShade ?? undefined };
}

interface LegacyFill {
  sheet: string;
  address: string;
  fills: SavedFill[][];
}

/** The record of earlier versions: fills by address on a very hidden sheet (deleting it clears undo, once). */
async function restoreLegacy(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<number> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  let saved: LegacyFill[] = [];
  try {
    const json = used.isNullObject ? "[]" : (used.values as unknown[][]).map((row) => String(row[0] ?? "")).join("");
    saved = JSON.parse(json || "[]") as LegacyFill[];
  } catch {
    throw new HostError("旧版的标注记录已损坏，无法恢复原来的填充。可点“放弃标注记录”", "MarkRecordCorrupt");
  }
  let cells = 0;
  for (const entry of saved) {
    const range = context.workbook.worksheets.getItem(entry.sheet).getRange(entry.address);
    range.setCellProperties(entry.fills.map((row) => row.map((fill) => ({ format: { fill: fillToSet(fill) } }))));
    cells += entry.fills.flat().length;
  }
  sheet.visibility = "Visible";
  sheet.delete();
  await context.sync();
  return cells;
}
