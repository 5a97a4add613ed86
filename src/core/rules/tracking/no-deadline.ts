import { defineRegisterRule } from "../register-rule";
import { itemDeadline, itemName } from "./item-state";

export default defineRegisterRule({
  meta: {
    id: "tracking/no-deadline",
    group: "tracking",
    severity: "error",
    description: "督办事项没有完成时限，或时限不是日期（“尽快”“近期”“长期”不是时限）",
    source: "practice：会议纪要应明确会议决策事项、责任部门和完成时限",
    messages: {
      none: "“{item}”没有完成时限",
      vague: "“{item}”的完成时限“{text}”不是具体日期",
    },
    fixable: false,
  },
  kinds: ["tracking"],
  check(ctx) {
    const col = ctx.table.roleColumns.deadline;
    if (col === undefined) return;
    for (const row of ctx.table.rows) {
      const deadline = itemDeadline(ctx, row);
      if (deadline === null) ctx.report({ messageId: "none", row, col, data: { item: itemName(ctx, row) } });
      else if ("vague" in deadline)
        ctx.report({ messageId: "vague", row, col, data: { item: itemName(ctx, row), text: deadline.vague } });
    }
  },
});
