import type { CellValue } from "../table/grid";
import { isEmptyCell } from "../table/grid";
import { type DataRow, type RegisterTable, columnsOf } from "../table/register-table";
import type { Role } from "../table/roles";

/**
 * Calls `visit` for every non-blank cell of the table's columns with one of these roles, including a second
 * column of a role (下午签到 beside 上午签到, 办公电话 beside 手机).
 */
export function forEachFilledCell(
  table: RegisterTable,
  roles: Iterable<Role>,
  visit: (row: DataRow, col: number, value: CellValue, role: Role) => void,
): void {
  const columns = columnsOf(table, roles);
  if (columns.length === 0) return;
  // Index loops: this runs for every row of every table in a fresh worker, before the JIT has optimized the
  // iterators of for…of away.
  const { rows } = table;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < columns.length; c++) {
      const { role, col } = columns[c];
      const value = row.cells[col] ?? null;
      if (!isEmptyCell(value)) visit(row, col, value, role);
    }
  }
}
