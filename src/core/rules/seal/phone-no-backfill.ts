import { roleText, roleWords } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";

const NOT_DONE = /^(否|无|未|未补签|没有|待补|×)$/;

export default defineRegisterRule({
  meta: {
    id: "seal/phone-no-backfill",
    group: "seal",
    severity: "error",
    description: "电话请示同意后用印，但没有事后补签",
    source: "practice：因主任外出且急需盖章的，应电话请示主任同意后方可盖章，事后由承办人员送主任补签",
    messages: {
      noBackfill: "“{reason}”经电话请示用印，尚无主任补签",
    },
    fixable: false,
  },
  kinds: ["seal"],
  check(ctx) {
    const { table } = ctx;
    for (const row of table.rows) {
      const byPhone =
        /电话/.test(roleWords(table, row, "approvalMethod")) || /电话/.test(roleWords(table, row, "approver"));
      if (!byPhone) continue;
      const backfill = roleText(table, row, "backfill");
      if (backfill !== "" && !NOT_DONE.test(backfill)) continue;
      const col = table.roleColumns.backfill ?? table.roleColumns.approvalMethod ?? table.roleColumns.approver!;
      const reason = roleText(table, row, "sealReason") || roleText(table, row, "docTitle") || "该次";
      ctx.report({ messageId: "noBackfill", row, col, data: { reason } });
    }
  },
});
