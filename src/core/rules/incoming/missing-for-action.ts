import { roleText, roleWords } from "../../table/register-table";
import type { Role } from "../../table/roles";
import type { CellRef, RuleScope } from "../register-rule";

export type ActionItemReport = CellRef & { messageId: "blank" | "noColumn"; data: { title: string } };

/** 办件 rows whose `role` cell is blank (or that lack the column): reported at that cell, or at 类别. */
export function reportActionItemsWithout(
  ctx: RuleScope & { report(report: ActionItemReport): void },
  role: Role,
): void {
  const { table } = ctx;
  const categoryCol = table.roleColumns.category;
  if (categoryCol === undefined) return;
  const col = table.roleColumns[role];
  for (const row of table.rows) {
    if (roleWords(table, row, "category") !== "办件") continue;
    if (col !== undefined && roleText(table, row, role) !== "") continue;
    const title = roleText(table, row, "docTitle") || roleText(table, row, "docNumber") || "该文件";
    ctx.report({ messageId: col === undefined ? "noColumn" : "blank", row, col: col ?? categoryCol, data: { title } });
  }
}
