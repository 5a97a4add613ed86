import { sameUnit } from "../../replies/units";
import { defineReplyRule } from "./define";

export default defineReplyRule({
  meta: {
    id: "reply/missing-unit",
    group: "reply",
    severity: "warning",
    description: "通知主送或参会范围中的单位没有报送回执",
    source: "practice：请于…前将参会回执报送…；统计汇总到会人数",
    messages: { missing: "{unit} 未报送回执" },
    fixable: false,
  },
  check(ctx) {
    if (!ctx.expected) return;
    const replied = [
      ...ctx.merged.replies.flatMap(({ reply, unit }) => [unit ?? "", ...reply.people.map((p) => p.unit)]),
      ...ctx.merged.people.map((p) => p.unit),
    ].filter((u) => u !== "");
    for (const unit of ctx.expected.units)
      if (!replied.some((u) => sameUnit(u, unit)))
        ctx.report({ messageId: "missing", file: ctx.expected.file, data: { unit } });
  },
});
