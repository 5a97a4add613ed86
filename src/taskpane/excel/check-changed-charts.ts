import type { CheckOptions } from "../../core/rules/config";
import type { SheetReport } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";

type Check = (grids: Grid[], options: CheckOptions) => SheetReport[];

/** What a host knows of its sheets beyond their cells (file mode: the 座次图 it made, and each sheet's file). */
export interface KnownSheets {
  chartOf?(sheet: string): unknown;
  fileOf?(sheet: string): string | undefined;
}

/**
 * `check`, except after only 座次图 changed (two seats swapped, or a chart the host made) under the same options:
 * then only those charts are checked again, with the 名单 of their file they are checked against, and every other
 * sheet keeps its findings — a swap beside a 50,000-row 签到表 does not check the 签到表 again. A grid counts as
 * changed when it is not the very grid checked last time: a host that read a sheet again hands a new one.
 */
export function checkingChangedChartsOnly(check: Check, host: KnownSheets = {}): Check {
  let last: { grids: Grid[]; options: CheckOptions; sheets: SheetReport[] } | null = null;
  const fileOf = (sheet: string) => host.fileOf?.(sheet);
  return (grids, options) => {
    const before = last;
    const previous = new Map(before?.grids.map((grid) => [grid.sheet, grid]));
    const changed = grids.filter((grid) => previous.get(grid.sheet) !== grid);
    const wasChart = (sheet: string) =>
      !!host.chartOf?.(sheet) || before?.sheets.some((s) => s.sheet === sheet && s.kind === "seating");
    const onlyCharts =
      before !== null &&
      before.options === options &&
      before.grids.every((grid) => grids.some((g) => g.sheet === grid.sheet)) &&
      changed.every((grid) => wasChart(grid.sheet));
    let sheets: SheetReport[];
    if (!onlyCharts) sheets = check(grids, options);
    else if (changed.length === 0) sheets = before.sheets;
    else {
      const files = new Set(changed.map((grid) => fileOf(grid.sheet)));
      const rosters = before.sheets.filter((s) => s.kind === "roster" && files.has(fileOf(s.sheet)));
      const lists = grids.filter((grid) => rosters.some((s) => s.sheet === grid.sheet));
      const fresh = new Map(check([...lists, ...changed], options).map((s) => [s.sheet, s]));
      const isChanged = new Set(changed.map((grid) => grid.sheet));
      sheets = [
        ...before.sheets.map((s) => (isChanged.has(s.sheet) ? (fresh.get(s.sheet) ?? s) : s)),
        ...changed
          .filter((grid) => !before.sheets.some((s) => s.sheet === grid.sheet))
          .flatMap((grid) => fresh.get(grid.sheet) ?? []),
      ];
    }
    last = { grids, options, sheets };
    return sheets;
  };
}
