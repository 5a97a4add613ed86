import { REQUIRED_ROLES, type RegisterKind } from "../../table/kinds";
import { isEmptyCell } from "../../table/grid";
import { type DataRow, sheetRowOf } from "../../table/register-table";
import { type Role, canonicalHeader } from "../../table/roles";
import { defineRegisterRule } from "../register-rule";

/** Blank cells a more precise rule already reports (receipt/unsigned, seal/no-approval, tracking/no-owner, materials/unsigned). */
const REPORTED_ELSEWHERE: Partial<Record<RegisterKind, Role[]>> = {
  receipt: ["receiver", "receiptTime"],
  seal: ["approver"],
  tracking: ["owner", "deadline"],
  materials: ["signature", "collectTime"],
};

export default defineRegisterRule({
  meta: {
    id: "table/empty-required",
    group: "table",
    severity: "error",
    description: "数据行的必填单元格为空",
    source: "practice：签到表应注明参会人员姓名、单位、职务；印章使用台帐认真登记",
    messages: {
      empty: "第 {row} 行“{column}”未填写",
    },
    fixable: false,
  },
  kinds: "any",
  check(ctx) {
    const { table } = ctx;
    if (!table.kind) return;
    const skip = REPORTED_ELSEWHERE[table.kind] ?? [];
    const groups = REQUIRED_ROLES[table.kind]
      .map((group) => group.filter((role) => table.roleColumns[role] !== undefined && !skip.includes(role)))
      .filter((group) => group.length > 0);
    const columns = groups.map((group) => group.map((role) => table.roleColumns[role]!));
    for (const row of table.rows) {
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        if (anyFilled(row, columns[g])) continue;
        ctx.report({
          messageId: "empty",
          row,
          col: table.roleColumns[group[0]]!,
          data: { row: sheetRowOf(table, row.index), column: canonicalHeader(group[0]) },
        });
      }
    }
  },
});

/** Any of these columns filled in the row (its columns looked up once per table, not per row). */
function anyFilled(row: DataRow, columns: number[]): boolean {
  for (const col of columns) if (!isEmptyCell(row.cells[col])) return true;
  return false;
}
