import { excerpt } from "./decision-no-owner";
import { defineMinutesRule } from "./define";

export default defineMinutesRule({
  meta: {
    id: "minutes/decision-no-deadline",
    group: "minutes",
    severity: "error",
    description: "议定事项没有明确完成时限",
    source: "practice：会议纪要应明确会议决策事项、责任部门和完成时限",
    messages: {
      noDeadline: "议定事项“{text}”未明确完成时限",
    },
    fixable: false,
  },
  check(ctx) {
    for (const decision of ctx.doc.decisions) {
      if (decision.deadline || decision.settled) continue;
      ctx.report({ messageId: "noDeadline", at: decision.text.at, data: { text: excerpt(decision.text.value) } });
    }
  },
});
