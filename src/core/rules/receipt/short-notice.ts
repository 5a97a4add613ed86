import { uncoveredYearsNote } from "../../calendar/work-calendar";
import { chineseDate } from "../../text/dates";
import { datedAgainstStart } from "../date-cell";
import { defineRegisterRule } from "../register-rule";
import { receivingUnit } from "./receiving-unit";

export default defineRegisterRule({
  meta: {
    id: "receipt/short-notice",
    group: "receipt",
    severity: "warning",
    description: "通知发出时间距会议不足 N 个工作日（N 可配置，默认 3；计入法定节假日与调休）",
    source: "practice：会议通知应提前[X]个工作日发出",
    messages: {
      short: "{unit} 的通知于 {sent} 发出，距会议 {meeting} 只有 {count} 个工作日，少于 {days} 个工作日{note}",
    },
    fixable: false,
  },
  kinds: ["receipt"],
  check(ctx) {
    const days = ctx.options.noticeDays;
    for (const { row, col, dated: sent, start } of datedAgainstStart(ctx, "sentTime")) {
      const { count, uncoveredYears } = ctx.calendar.workdaysAfter(sent.date, start.date);
      if (count >= days) continue;
      ctx.report({
        messageId: "short",
        row,
        col,
        data: {
          unit: receivingUnit(ctx.table, row),
          sent: chineseDate(sent.date),
          meeting: chineseDate(start.date),
          count,
          days,
          note: uncoveredYearsNote(uncoveredYears),
        },
      });
    }
  },
});
