import { roleText } from "../../table/register-table";
import { chineseDateTime, compareDates, dateTimeOrdinal } from "../../text/dates";
import { datedCell } from "../date-cell";
import { defineRegisterRule } from "../register-rule";

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
    const start = ctx.meetingStart;
    const col = ctx.table.roleColumns.receiptTime;
    if (!start || col === undefined) return;
    for (const row of ctx.table.rows) {
      const signed = datedCell(ctx, row, "receiptTime");
      if (!signed) continue;
      const after =
        signed.time && start.time
          ? dateTimeOrdinal(signed.date, signed.time) > dateTimeOrdinal(start.date, start.time)
          : compareDates(signed.date, start.date) > 0;
      if (!after) continue;
      ctx.report({
        messageId: "after",
        row,
        col,
        data: {
          unit: roleText(ctx.table, row, "receivingUnit") || "该单位",
          start: chineseDateTime(start.date, start.time),
          signed: chineseDateTime(signed.date, signed.time),
        },
      });
    }
  },
});
