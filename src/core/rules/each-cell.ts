import type { CellValue } from "../table/grid";
import { isEmptyCell } from "../table/grid";
import type { DataRow, RegisterTable } from "../table/register-table";
import type { Role } from "../table/roles";

/** Calls `visit` for every non-blank cell of the table's columns with one of these roles. */
export function forEachFilledCell(
  table: RegisterTable,
  roles: Iterable<Role>,
  visit: (row: DataRow, col: number, value: CellValue, role: Role) => void,
): void {
  const columns = [...roles]
    .map((role) => ({ role, col: table.roleColumns[role] }))
    .filter((c): c is { role: Role; col: number } => c.col !== undefined);
  if (columns.length === 0) return;
  for (const row of table.rows) {
    for (const { role, col } of columns) {
      const value = row.cells[col] ?? null;
      if (!isEmptyCell(value)) visit(row, col, value, role);
    }
  }
}
