import { sheetRowOf } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { rosterNamesWhere } from "./attendance-of";

export default defineRegisterRule({
  meta: {
    id: "signin/leave-but-signed",
    group: "signin",
    severity: "warning",
    description: "名单上标为请假的人也签了到",
    source: "practice：请假人员名单要核实",
    messages: {
      both: "{name} 在名单上标为请假，但在第 {row} 行签了到",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    for (const { entry, at } of rosterNamesWhere(ctx, (e) => e.onLeave && e.signedAs !== null)) {
      const signedRow = entry.signedAs!.row;
      ctx.report({
        messageId: "both",
        ...at,
        related: at.table === ctx.table ? [] : [{ row: signedRow, col: ctx.table.roleColumns.name! }],
        data: { name: entry.name, row: sheetRowOf(ctx.table, signedRow.index) },
      });
    }
  },
});
