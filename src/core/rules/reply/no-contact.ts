import { defineReplyRule } from "./define";

export default defineReplyRule({
  meta: {
    id: "reply/no-contact",
    group: "reply",
    severity: "warning",
    description: "回执既没有参会人员的电话，也没有联系人电话",
    source: "practice：回执应写明参会人员姓名、单位、职务和联系电话，以便会前通知变动",
    messages: {
      none: "回执中没有任何联系电话（参会人员和联系人都没有），会前有变动时无法通知",
      person: "{name} 没有联系电话，回执也没有联系人电话",
    },
    fixable: false,
  },
  check(ctx) {
    for (const { reply } of ctx.merged.replies) {
      if (reply.unreadable || reply.contactPhone || reply.people.length === 0) continue;
      const without = reply.people.filter((p) => p.phone === "");
      if (without.length === reply.people.length) {
        ctx.report({ messageId: "none", file: reply.source.file });
        continue;
      }
      for (const person of without)
        ctx.report({
          messageId: "person",
          file: person.file,
          at: person.phoneAt ?? person.at,
          data: { name: person.name },
        });
    }
  },
});
