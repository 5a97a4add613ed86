import { chineseDateTime } from "../../text/dates";
import { compareDated, datedAgainstStart } from "../date-cell";
import { defineRegisterRule } from "../register-rule";
import { receivingUnit } from "./receiving-unit";

export default defineRegisterRule({
  meta: {
    id: "receipt/signed-after-meeting",
    group: "receipt",
    severity: "error",
    description: "签收时间晚于会议开始时间",
    source: "practice：会议通知应提前发出并签收",
    messages: {
      after: "{unit} 在会议开始（{start}）之后才签收（{signed}）",
    },
    fixable: false,
  },
  kinds: ["receipt"],
  check(ctx) {
    for (const { row, col, dated: signed, start } of datedAgainstStart(ctx, "receiptTime")) {
      if (compareDated(signed, start) <= 0) continue;
      ctx.report({
        messageId: "after",
        row,
        col,
        data: {
          unit: receivingUnit(ctx.table, row),
          start: chineseDateTime(start.date, start.time),
          signed: chineseDateTime(signed.date, signed.time),
        },
      });
    }
  },
});
