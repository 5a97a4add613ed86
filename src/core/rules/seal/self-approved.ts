import { roleText } from "../../table/register-table";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "seal/self-approved",
    group: "seal",
    severity: "warning",
    description: "审批人与经办人是同一人",
    source: "practice：承办人员须事先请示主任并审签同意后方可盖章",
    messages: {
      self: "{name} 既是经办人又是审批人",
    },
    fixable: false,
  },
  kinds: ["seal"],
  check(ctx) {
    const { table } = ctx;
    const col = table.roleColumns.approver;
    if (col === undefined || table.roleColumns.handler === undefined) return;
    for (const row of table.rows) {
      const approver = matchKey(roleText(table, row, "approver").replace(/[（(]?电话[）)]?/g, ""));
      const handler = matchKey(roleText(table, row, "handler"));
      if (approver !== "" && approver === handler) {
        ctx.report({ messageId: "self", row, col, data: { name: roleText(table, row, "handler") } });
      }
    }
  },
});
