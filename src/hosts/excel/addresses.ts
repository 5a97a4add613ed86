import { cellAddress, parseAddress } from "../../core/table/grid";

/** Neighbouring cells of a column merged into ranges: B2,B3,B4,D7 → B2:B4,D7. */
export function mergeCellAddresses(addresses: Iterable<string>): string[] {
  const byColumn = new Map<number, number[]>();
  for (const address of addresses) {
    const at = parseAddress(address);
    if (!at) continue;
    const rows = byColumn.get(at.col) ?? [];
    rows.push(at.row);
    byColumn.set(at.col, rows);
  }
  const ranges: string[] = [];
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      const end = sorted[i - 1];
      ranges.push(start === end ? cellAddress(start, col) : `${cellAddress(start, col)}:${cellAddress(end, col)}`);
      start = sorted[i];
    }
  }
  return ranges;
}

/** Address lists for `getRanges`, each under Excel's 8,192-character limit. */
export function addressLists(ranges: string[], limit = 8000): string[] {
  const lists: string[] = [];
  let current = "";
  for (const range of ranges) {
    if (current && current.length + range.length + 1 > limit) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${range}` : range;
  }
  if (current) lists.push(current);
  return lists;
}
