import { defineMinutesRule } from "./define";

export default defineMinutesRule({
  meta: {
    id: "minutes/decision-no-owner",
    group: "minutes",
    severity: "error",
    description: "议定事项没有明确责任部门或单位",
    source: "practice：会议纪要应明确会议决策事项、责任部门和完成时限",
    messages: {
      noOwner: "议定事项“{text}”未明确责任部门",
    },
    fixable: false,
  },
  check(ctx) {
    for (const decision of ctx.doc.decisions) {
      if (decision.owner || decision.settled) continue;
      ctx.report({ messageId: "noOwner", at: decision.text.at, data: { text: excerpt(decision.text.value) } });
    }
  },
});

export function excerpt(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
