import { chineseDate, compareDates } from "../../text/dates";
import { defineRegisterRule } from "../register-rule";
import { itemName, openItemsOnCheckDate } from "./item-state";

export default defineRegisterRule({
  meta: {
    id: "tracking/overdue",
    group: "tracking",
    severity: "error",
    description: "完成时限已过，事项尚未办结",
    source: "practice：办公室定期对会议决议执行情况进行跟踪检查",
    messages: {
      overdue: "“{item}”完成时限 {deadline} 已过（检查日 {on}），状态不是办结",
    },
    fixable: false,
  },
  kinds: ["tracking"],
  check(ctx) {
    for (const { row, date, on, col } of openItemsOnCheckDate(ctx)) {
      if (compareDates(date, on) >= 0) continue;
      ctx.report({
        messageId: "overdue",
        row,
        col,
        data: { item: itemName(ctx, row), deadline: chineseDate(date), on: chineseDate(on) },
      });
    }
  },
});
