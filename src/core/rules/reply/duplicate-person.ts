import { cellName, defineReplyRule } from "./define";

export default defineReplyRule({
  meta: {
    id: "reply/duplicate-person",
    group: "reply",
    severity: "error",
    description: "同一人在两份回执中（或一份回执中两次）报名",
    source: "practice：参会名单是座次图、桌签和签到表的依据，一人只列一次",
    messages: {
      twice: "{name}（{unit}）已在{first}中报名，参会名单只列一次",
    },
    fixable: false,
  },
  check(ctx) {
    for (const { person, first } of ctx.merged.duplicates) {
      const where = first.from.file === person.file ? "本回执前面" : `“${first.from.file}”`;
      ctx.report({
        messageId: "twice",
        file: person.file,
        at: person.at,
        data: { name: person.name, unit: first.unit || person.unit || "未写单位", first: where },
        related: [cellName(first.from.file, first.from.at)],
      });
    }
  },
});
