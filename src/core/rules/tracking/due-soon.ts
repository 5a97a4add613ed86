import { chineseDate, compareDates } from "../../text/dates";
import { defineRegisterRule } from "../register-rule";
import { itemName, openItemsOnCheckDate } from "./item-state";

export default defineRegisterRule({
  meta: {
    id: "tracking/due-soon",
    group: "tracking",
    severity: "info",
    description: "完成时限在几个工作日内（默认 3 个），事项尚未办结",
    source: "practice：办公室定期对会议决议执行情况进行跟踪检查",
    messages: {
      dueSoon: "“{item}”完成时限 {deadline}，还有 {days} 个工作日，尚未办结",
      dueToday: "“{item}”今天（{deadline}）到期，尚未办结",
    },
    fixable: false,
  },
  kinds: ["tracking"],
  check(ctx) {
    for (const { row, date, on, col } of openItemsOnCheckDate(ctx)) {
      if (compareDates(date, on) < 0) continue;
      const days = ctx.calendar.workdaysAfter(on, date).count;
      if (days > ctx.options.dueSoonDays) continue;
      const data = { item: itemName(ctx, row), deadline: chineseDate(date) };
      if (compareDates(date, on) === 0) ctx.report({ messageId: "dueToday", row, col, data });
      else ctx.report({ messageId: "dueSoon", row, col, data: { ...data, days } });
    }
  },
});
