import { type CellValue, type Grid, cellText, isEmptyCell } from "../table/grid";
import { readRegister } from "../table/register-table";
import type { Role } from "../table/roles";
import { type LocalDate, dayNumber } from "../text/dates";
import { type TrackingItem, itemKey } from "./items";
import { UserError } from "../user-error";

/** The columns of a new 督办台账, each with the role the register reader gives it. */
export const TRACKING_COLUMNS: [header: string, role: Role][] = [
  ["序号", "seq"],
  ["议定事项", "matter"],
  ["责任单位", "owner"],
  ["完成时限", "deadline"],
  ["来源", "source"],
  ["状态", "status"],
  ["办理情况", "progress"],
  ["备注", "remark"],
];

export const NOT_STARTED = "未办";

/** A day as Excel stores it (days since 1899-12-30), so the 完成时限 column sorts and filters as dates. */
export function excelSerial(date: LocalDate): number {
  return dayNumber(date) - Date.UTC(1899, 11, 30) / 86_400_000;
}

function valueOf(item: TrackingItem, role: Role, seq: number): CellValue {
  switch (role) {
    case "seq":
      return seq;
    case "matter":
      return item.matter;
    case "owner":
      return item.owner || null;
    case "deadline":
      return item.deadline ? excelSerial(item.deadline) : null;
    case "source":
      return item.source;
    case "status":
      return NOT_STARTED;
    case "remark":
      return item.note || null;
    default:
      return null;
  }
}

/** A new 督办台账: a title, the header, one row per item; the 完成时限 column holds dates. */
export function newTrackingGrid(items: TrackingItem[], sheet = "督办台账"): Grid & { dateColumns: number[] } {
  return {
    sheet,
    rows: [
      ["会议议定事项督办台账"],
      TRACKING_COLUMNS.map(([header]) => header),
      ...items.map((item, i) => TRACKING_COLUMNS.map(([, role]) => valueOf(item, role, i + 1))),
    ],
    dateColumns: [TRACKING_COLUMNS.findIndex(([, role]) => role === "deadline")],
  };
}

export interface Appending {
  /** The rows to add under the last row of the sheet, laid out in the sheet's own columns (grid-relative). */
  rows: CellValue[][];
  /** Grid index of the first added row. */
  firstRow: number;
  /** Grid columns holding dates in the added rows. */
  dateColumns: number[];
  added: number;
  /** Items already in the register (same matter, same source): not added again. */
  alreadyThere: number;
}

export class AppendError extends UserError {}

/**
 * What appending `items` to an existing 督办台账 adds: the items it does not hold yet, in its own columns,
 * numbered on from its last 序号. The rows already there are not touched; running it twice adds nothing.
 */
export function appendToTracking(grid: Grid, items: TrackingItem[]): Appending {
  const table = readRegister(grid);
  if (table.kind !== "tracking")
    throw new AppendError(`工作表“${grid.sheet}”不是督办台账（需要“议定事项”“责任单位”“完成时限”列）`);
  const col = table.roleColumns;
  const known = new Set(
    table.rows.map((row) =>
      itemKey(
        cellText(row.cells[col.matter!] ?? null),
        col.source === undefined ? "" : cellText(row.cells[col.source] ?? null),
      ),
    ),
  );
  const fresh = items.filter((item) => !known.has(itemKey(item.matter, col.source === undefined ? "" : item.source)));
  let lastUsed = grid.rows.length - 1;
  while (lastUsed >= 0 && grid.rows[lastUsed].every((v) => isEmptyCell(v))) lastUsed--;
  const lastData = table.rows.at(-1)?.index ?? table.headerIndex;
  if (lastUsed > lastData)
    throw new AppendError(
      `工作表“${grid.sheet}”的表格下面还有内容（第 ${lastUsed + 1 + (grid.origin?.row ?? 0)} 行），追加会与之混在一起；请先把它移开`,
    );
  // A loop, not Math.max(...seqs): a 台账 of 125,000 rows would overflow the call stack.
  let seq = -Infinity;
  for (const row of table.rows) {
    const n = Number(cellText(row.cells[col.seq ?? -1] ?? null));
    if (Number.isFinite(n) && n > seq) seq = n;
  }
  if (seq === -Infinity) seq = table.rows.length;
  const width = table.columns.reduce((widest, c) => Math.max(widest, c.index + 1), 0);
  const merged = (grid.merges ?? []).find((m) => m.bottom > lastData && m.top <= lastData + fresh.length);
  if (merged && fresh.length > 0)
    throw new AppendError(
      `工作表“${grid.sheet}”的表格下面有合并单元格（第 ${Math.max(merged.top, lastData + 1) + 1 + (grid.origin?.row ?? 0)} 行），追加会写进合并区域；请先取消合并或把它移开`,
    );
  const rows = fresh.map((item) => {
    seq++;
    const row: CellValue[] = Array.from({ length: width }, () => null);
    for (const [role, at] of Object.entries(col) as [Role, number][]) row[at] = valueOf(item, role, seq);
    return row;
  });
  return {
    rows,
    firstRow: lastData + 1,
    dateColumns: col.deadline === undefined ? [] : [col.deadline],
    added: fresh.length,
    alreadyThere: items.length - fresh.length,
  };
}
