import { defineMinutesRule } from "./define";

export default defineMinutesRule({
  meta: {
    id: "minutes/personnel",
    group: "minutes",
    severity: "warning",
    description: "纪要中写有人事任免事项",
    source: "practice：会议研究讨论的除人事任免以外的有关事项，都要迅速形成会议纪要",
    messages: {
      personnel: "纪要写有人事任免事项（“{text}”），人事任免一般不写入会议纪要",
    },
    fixable: false,
  },
  check(ctx) {
    for (const mention of ctx.doc.personnel)
      ctx.report({ messageId: "personnel", at: mention.at, data: { text: mention.text } });
  },
});
