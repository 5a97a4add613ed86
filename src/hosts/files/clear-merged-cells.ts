import type { CellValue, MergedArea } from "../../core/table/grid";

/**
 * Empties every cell a merged area covers except its top-left one, as Excel shows a merge. Swept row by row
 * with a count of open areas per column (a Fenwick tree), so the time follows the cells and areas, not their
 * overlap: 200,000 overlapping areas over one block would otherwise be billions of visits.
 */
export function clearMergedCells(rows: CellValue[][], merges: readonly MergedArea[]): void {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const areas = merges.filter(
    (m) => m.top >= 0 && m.left >= 0 && m.bottom >= m.top && m.right >= m.left && m.top < rows.length && m.left < width,
  );
  if (areas.length === 0) return;
  const opening = [...areas].sort((a, b) => a.top - b.top);
  const closing = [...areas].sort((a, b) => a.bottom - b.bottom);
  const topLefts = new Map<string, number>();
  for (const m of areas) topLefts.set(`${m.top},${m.left}`, (topLefts.get(`${m.top},${m.left}`) ?? 0) + 1);

  const tree = new Int32Array(width + 2);
  const add = (col: number, delta: number) => {
    for (let i = col + 1; i < tree.length; i += i & -i) tree[i] += delta;
  };
  const openAt = (col: number) => {
    let sum = 0;
    for (let i = col + 1; i > 0; i -= i & -i) sum += tree[i];
    return sum;
  };
  const cover = (m: MergedArea, delta: number) => {
    add(m.left, delta);
    if (m.right + 1 <= width) add(m.right + 1, -delta);
  };

  let opened = 0;
  let closed = 0;
  for (let r = 0; r < rows.length; r++) {
    while (opened < opening.length && opening[opened].top <= r) cover(opening[opened++], 1);
    while (closed < closing.length && closing[closed].bottom < r) cover(closing[closed++], -1);
    if (opened === closed) {
      if (opened === opening.length) return;
      continue;
    }
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      if (row[c] === null) continue;
      if (openAt(c) > (topLefts.get(`${r},${c}`) ?? 0)) row[c] = null;
    }
  }
}
