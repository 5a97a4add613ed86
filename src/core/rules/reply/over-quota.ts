import { defineReplyRule } from "./define";

export default defineReplyRule({
  meta: {
    id: "reply/over-quota",
    group: "reply",
    severity: "warning",
    description: "一个单位报名人数超过通知规定的名额（每单位1名、分管负责同志1名）",
    source: "practice：会议通知的要素包括…报名要求",
    messages: { over: "{unit} 报名 {count} 人，超过通知规定的 {quota} 人（“{rule}”）" },
    fixable: false,
  },
  check(ctx) {
    const quota = ctx.quota;
    if (!quota) return;
    const byUnit = new Map<string, typeof ctx.merged.people>();
    for (const person of ctx.merged.people) {
      if (!person.unit) continue;
      byUnit.set(person.unit, [...(byUnit.get(person.unit) ?? []), person]);
    }
    for (const [unit, people] of byUnit) {
      if (people.length <= quota.count) continue;
      // The first person past the quota, in the order the unit listed them.
      const extra = people[quota.count];
      ctx.report({
        messageId: "over",
        file: extra.from.file,
        at: extra.from.at,
        data: { unit, count: people.length, quota: quota.count, rule: quota.text.value },
      });
    }
  },
});
