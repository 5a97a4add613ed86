import { chineseDateTime } from "../../text/dates";
import { compareDated, datedCell } from "../date-cell";
import { defineRegisterRule } from "../register-rule";
import { receivingUnit } from "./receiving-unit";

export default defineRegisterRule({
  meta: {
    id: "receipt/signed-before-sent",
    group: "receipt",
    severity: "error",
    description: "签收时间早于发出时间",
    source: "条例 第二十四条：签收时注明签收时间",
    messages: {
      before: "{unit} 的签收时间 {signed} 早于发出时间 {sent}",
    },
    fixable: false,
  },
  kinds: ["receipt"],
  check(ctx) {
    const col = ctx.table.roleColumns.receiptTime;
    if (col === undefined || ctx.table.roleColumns.sentTime === undefined) return;
    for (const row of ctx.table.rows) {
      const signed = datedCell(ctx, row, "receiptTime");
      const sent = datedCell(ctx, row, "sentTime");
      if (!signed || !sent) continue;
      if (compareDated(signed, sent) >= 0) continue;
      ctx.report({
        messageId: "before",
        row,
        col,
        data: {
          unit: receivingUnit(ctx.table, row),
          signed: chineseDateTime(signed.date, signed.time),
          sent: chineseDateTime(sent.date, sent.time),
        },
      });
    }
  },
});
