import { roleText } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { receivingUnit } from "./receiving-unit";

export default defineRegisterRule({
  meta: {
    id: "receipt/unsigned",
    group: "receipt",
    severity: "error",
    description: "签收登记表的行没有签收人或签收时间",
    source:
      "practice：对于书面通知，要制作签收登记表，对每一份通知的发出都要签字确认；条例 第二十四条：签收时注明签收时间",
    messages: {
      noReceiver: "{unit} 的通知无人签收（签收人为空）",
      noTime: "{unit} 的签收未注明签收时间",
    },
    fixable: false,
  },
  kinds: ["receipt"],
  check(ctx) {
    const { table } = ctx;
    for (const row of table.rows) {
      const unit = receivingUnit(table, row);
      for (const [role, messageId] of [
        ["receiver", "noReceiver"],
        ["receiptTime", "noTime"],
      ] as const) {
        const col = table.roleColumns[role];
        if (col !== undefined && roleText(table, row, role) === "") ctx.report({ messageId, row, col, data: { unit } });
      }
    }
  },
});
