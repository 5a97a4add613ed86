import type { Grid } from "../table/grid";
import { type RegisterTable, readRegister } from "../table/register-table";

/**
 * The 参会名单 a 座次图 is made from: among the workbook's rosters with a 姓名 column and people on it, the first
 * with a 排序 column, else the first. Null when the workbook has none.
 */
export function seatingRoster(grids: readonly Grid[]): { table: RegisterTable; grid: Grid } | null {
  const lists = grids
    .map((grid) => ({ table: readRegister(grid), grid }))
    .filter(({ table }) => table.kind === "roster" && table.roleColumns.name !== undefined && table.rows.length > 0);
  return lists.find(({ table }) => table.roleColumns.rank !== undefined) ?? lists[0] ?? null;
}

/** The chart's title from the list's: 全县经济工作会议参会名单 → 全县经济工作会议座次图; else 座次图 (undefined). */
export function chartTitle(roster: RegisterTable): string | undefined {
  const match = /^(.+?)(?:参会|参加会议|与会)?(?:人员)?名单$/.exec(roster.titleLines[0]?.replace(/\s+/g, "") ?? "");
  return match ? `${match[1]}座次图` : undefined;
}
