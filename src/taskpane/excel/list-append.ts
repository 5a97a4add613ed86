import { SOURCE_HEADER } from "../../core/replies/list-grid";
import type { ListedPerson } from "../../core/replies/merge";
import { type CellValue, type Grid, cellText, isEmptyCell } from "../../core/table/grid";
import { readRegister } from "../../core/table/register-table";

export interface ListAppending {
  /** The rows to write under the list's last row, in the sheet's own columns (grid-relative, from column 0). */
  rows: CellValue[][];
  /** Grid index of the first row written. */
  firstRow: number;
}

/** A listed person's fields, each named as the column role that holds it. */
const FIELDS = ["unit", "name", "position", "phone", "remark"] as const;

/**
 * `people` written under a 参会名单 sheet in its own columns: 序号 numbered on from its last, 单位/姓名/职务/联系电话/
 * 备注 by the columns' roles, 来源文件 and a 回执's own columns (性别…) by their headers; a column the sheet lacks is
 * left out. Null where something lies below the list (rows there would be mixed in with it).
 */
export function listAppending(grid: Grid, people: readonly ListedPerson[]): ListAppending | null {
  const table = readRegister(grid);
  let lastUsed = grid.rows.length - 1;
  while (lastUsed >= 0 && (grid.rows[lastUsed] ?? []).every((v) => isEmptyCell(v))) lastUsed--;
  const lastData = table.rows.at(-1)?.index ?? table.headerIndex;
  if (lastUsed > lastData) return null;
  const seqCol = table.roleColumns.seq;
  let seq = 0;
  for (const row of table.rows) {
    const n = Number(cellText(row.cells[seqCol ?? -1] ?? null));
    if (Number.isFinite(n) && n > seq) seq = n;
  }
  const width = table.columns.reduce((widest, c) => Math.max(widest, c.index + 1), 0);
  const rows = people.map((person) => {
    const row: CellValue[] = Array.from({ length: width }, () => null);
    if (seqCol !== undefined) row[seqCol] = ++seq;
    for (const column of table.columns) {
      const field = FIELDS.find((f) => f === column.role);
      const text = field
        ? person[field]
        : column.header === SOURCE_HEADER
          ? person.source
          : person.extras[column.header];
      if (text) row[column.index] = text;
    }
    return row;
  });
  return { rows, firstRow: lastData + 1 };
}
