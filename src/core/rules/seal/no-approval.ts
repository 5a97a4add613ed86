import { roleText } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "seal/no-approval",
    group: "seal",
    severity: "error",
    description: "用印没有审批人",
    source: "practice：文件、资料需盖章的，承办人员须事先请示主任并审签同意后方可盖章",
    messages: {
      none: "“{reason}”用印没有审批人",
    },
    fixable: false,
  },
  kinds: ["seal"],
  check(ctx) {
    const col = ctx.table.roleColumns.approver;
    if (col === undefined) return;
    for (const row of ctx.table.rows) {
      if (roleText(ctx.table, row, "approver") !== "") continue;
      const reason = roleText(ctx.table, row, "sealReason") || roleText(ctx.table, row, "docTitle") || "该次";
      ctx.report({ messageId: "none", row, col, data: { reason } });
    }
  },
});
