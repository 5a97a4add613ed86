import { type DataRow, type RegisterTable, roleText } from "../../table/register-table";

/** The unit a finding about a 签收 row names: its 收文单位, or 该单位 when the row leaves it blank. */
export function receivingUnit(table: RegisterTable, row: DataRow): string {
  return roleText(table, row, "receivingUnit") || "该单位";
}
