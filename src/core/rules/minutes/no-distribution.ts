import { defineMinutesRule } from "./define";

export default defineMinutesRule({
  meta: {
    id: "minutes/no-distribution",
    group: "minutes",
    severity: "info",
    description: "纪要没有分送（抄送）范围",
    source: "practice：纪要分送范围，最后为存档",
    messages: {
      none: "纪要没有写分送范围（如“分送：……，存档”）",
    },
    fixable: false,
  },
  check(ctx) {
    if (!ctx.doc.distribution && !ctx.cut) ctx.report({ messageId: "none" });
  },
});
