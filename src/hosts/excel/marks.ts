import type { Severity } from "../../core/rules/finding";
import { legacyRecordCorrupt, sheetProtected } from "../office/host-messages";
import {
  MARKS_NAMESPACE,
  cellsToColour,
  isMarkName,
  type Mark,
  markOf,
  markRecordXml,
  parseMarkRecord,
  type SavedFill,
  stillMarked,
} from "./mark-record";
import { requestBytes, syncInBatches } from "./request-budget";

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

/** Estimated request bytes per cell of each step (request-budget.ts): the objects and calls each one queues. */
const READ_FILL_BYTES = (m: { cell: string }) => requestBytes(3, m.cell, FILL_PROPS);
const MARK_BYTES = (m: Mark) => requestBytes(10, m.cell, m.name, m.colour);
const HIDE_BYTES = (name: string) => requestBytes(4, name, false, "visible");
const FIND_BYTES = (mark: Mark) => requestBytes(5, mark.name, "rowCount,columnCount");
const RESTORE_BYTES = (mark: Mark) => requestBytes(6, FILL_PROPS, mark.fill);

/**
 * Colours each cell by its severity (errors first when there are more than MAX_MARKED_CELLS) after
 * putting back any earlier marks, and records what each cell had, against a hidden name per cell. The record is
 * written first, so that a batch refused half-way leaves nothing it could not clear; the names and fills follow in
 * batches that stay under Excel on the web's request limit.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: Map<string, Map<string, Severity>>,
): Promise<MarkedCells> {
  await clearMarks(context);
  const { chosen, limited } = cellsToColour(marks);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const m of chosen) {
    if (sheets.has(m.sheet)) continue;
    const worksheet = context.workbook.worksheets.getItem(m.sheet);
    worksheet.load("protection/protected");
    sheets.set(m.sheet, worksheet);
  }
  const planned = await syncInBatches(context, chosen, READ_FILL_BYTES, (m) => {
    const range = sheets.get(m.sheet)!.getRange(m.cell);
    return { ...m, range, props: range.getCellProperties(FILL_PROPS) };
  });
  const locked = [...sheets].find(([, w]) => w.protection.protected);
  if (locked) throw sheetProtected(locked[0], "标注，未做任何改动");
  const record: Mark[] = planned.map((m, i) =>
    markOf(i, m, (m.props.value[0]?.[0] as CellProps | undefined)?.format?.fill ?? {}),
  );
  context.workbook.customXmlParts.add(markRecordXml({ v: 1, marks: record }));
  await context.sync();
  const writes = record.map((mark, i) => ({ mark, range: planned[i].range }));
  let named: { name: string; item: Excel.NamedItem }[];
  try {
    named = await syncInBatches(
      context,
      writes,
      (w) => MARK_BYTES(w.mark),
      ({ mark, range }) => {
        range.format.fill.color = mark.colour;
        return { name: mark.name, item: context.workbook.names.add(mark.name, range) };
      },
    );
  } catch (error) {
    // Put back what was coloured before the refused batch; the first error is the one to report.
    await clearMarks(context).catch(() => undefined);
    throw error;
  }
  await hideNames(context, named);
  return { cells: record.length, limited };
}

/**
 * Hides the marks' names from the Name Manager. Setting NamedItem.visible = false is reported to be ignored at times
 * without an error (office-js#3878, #3949), so it is set on the names as added (after their sync, as the reports
 * say works), checked, and set once more where it did not take. A name left visible still does its work; a
 * refusal here never undoes the marking.
 */
async function hideNames(context: Excel.RequestContext, named: { name: string; item: Excel.NamedItem }[]) {
  // Each name's visibility is read back in the batch that sets it: a load runs after the calls queued before it.
  const hide = (list: typeof named) =>
    syncInBatches(
      context,
      list,
      (n) => HIDE_BYTES(n.name),
      (n) => {
        n.item.visible = false;
        n.item.load("visible");
      },
    );
  try {
    await hide(named);
    const shown = named.filter((n) => n.item.visible);
    if (shown.length > 0) await hide(shown);
  } catch {
    // the names stay visible in the Name Manager; the marks and their record are complete
  }
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
  const tracked = await syncInBatches(context, record.marks, FIND_BYTES, (mark) => {
    const item = context.workbook.names.getItemOrNullObject(mark.name);
    const range = item.getRangeOrNullObject();
    range.load("rowCount,columnCount");
    return { mark, item, range };
  });
  const live = tracked.filter((t) => !t.item.isNullObject && !t.range.isNullObject && t.range.rowCount === 1);
  cleared.gone += tracked.length - live.length;
  const current = await syncInBatches(
    context,
    live,
    (t) => READ_FILL_BYTES(t.mark),
    (t) => ({ ...t, props: t.range.getCellProperties(FILL_PROPS) }),
  );
  const restore = current.filter(({ mark, props }) =>
    stillMarked((props.value[0]?.[0] as CellProps | undefined)?.format?.fill, mark),
  );
  cleared.kept += current.length - restore.length;
  // Each batch restores its cells and drops their names together, so a refused batch leaves no cell half-cleared.
  await syncInBatches(
    context,
    restore,
    (t) => RESTORE_BYTES(t.mark),
    ({ mark, range, item }) => {
      range.setCellProperties([[{ format: { fill: fillToSet(mark.fill) } }]]);
      item.delete();
    },
  );
  cleared.restored += restore.length;
  const restored = new Set(restore.map((t) => t.item));
  await syncInBatches(
    context,
    tracked.filter((t) => !t.item.isNullObject && !restored.has(t.item)),
    (t) => HIDE_BYTES(t.mark.name),
    (t) => t.item.delete(),
  );
  part.delete();
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
  for (const item of names.items) if (isMarkName(item.name)) item.delete();
  if (!part.isNullObject) part.delete();
  if (!legacy.isNullObject) {
    legacy.visibility = "Visible";
    legacy.delete();
  }
  await context.sync();
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
    throw legacyRecordCorrupt();
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
