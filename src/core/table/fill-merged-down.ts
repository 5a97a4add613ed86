import { type CellValue, type Grid, isEmptyCell } from "./grid";

/**
 * Vertically merged data cells (a unit written once for three people) hold for every row. Each cell is visited
 * once however many areas cover it (a per-column skip list of rows already settled), so 200,000 overlapping
 * areas cost their number, not their overlap. An area whose top cell is empty fills nothing.
 */
export function fillMergedDown(grid: Grid): CellValue[][] {
  // Rows are copied only where a merge writes into them: the caller's grid is never changed.
  const rows = grid.rows.slice();
  const copied = new Set<number>();
  const settledByColumn = new Map<number, Map<number, number>>();
  for (const area of grid.merges ?? []) {
    if (area.bottom <= area.top || area.top < 0 || area.top >= rows.length) continue;
    const value = rows[area.top][area.left] ?? null;
    if (isEmptyCell(value)) continue;
    let settled = settledByColumn.get(area.left);
    if (!settled) settledByColumn.set(area.left, (settled = new Map()));
    const last = Math.min(area.bottom, rows.length - 1);
    for (let r = nextUnsettled(settled, area.top + 1); r <= last; r = nextUnsettled(settled, r + 1)) {
      settled.set(r, r + 1); // filled now, or filled already: no later area changes it
      if (!isEmptyCell(rows[r][area.left])) continue;
      if (!copied.has(r)) {
        rows[r] = rows[r].slice();
        copied.add(r);
      }
      rows[r][area.left] = value;
    }
  }
  return rows;
}

/** The first row from `row` on not yet settled, shortening the chain it walked (path compression). */
function nextUnsettled(settled: Map<number, number>, row: number): number {
  let r = row;
  while (settled.has(r)) r = settled.get(r)!;
  for (let s = row; s !== r;) {
    const next = settled.get(s)!;
    settled.set(s, r);
    s = next;
  }
  return r;
}
