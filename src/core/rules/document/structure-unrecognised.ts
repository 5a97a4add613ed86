import { structureRecognised } from "../../meeting/elements";
import { defineDocumentRule } from "./define";

export default defineDocumentRule({
  meta: {
    id: "document/structure-unrecognised",
    group: "document",
    severity: "warning",
    description: "读不出通知或纪要的结构（找到的要素太少），不逐项报告缺少的要素，请人工核对",
    source: "RULES.md §6：读不出结构时只说一次，而不是每个要素报一条错误",
    messages: {
      unrecognised: "读不出这份{kind}的结构，只找到{found}；请人工核对是否写明了{missing}",
    },
    fixable: false,
  },
  check(ctx) {
    if (ctx.reading.fromForm || ctx.elements.length === 0 || structureRecognised(ctx.elements)) return;
    const found = ctx.elements.filter((e) => e.present).map((e) => e.element);
    const missing = ctx.elements.filter((e) => !e.present).map((e) => e.element);
    ctx.report({
      messageId: "unrecognised",
      belongsAfter: null,
      data: {
        kind: ctx.reading.kind === "minutes" ? "纪要" : "通知",
        found: found.length ? `“${found.join("”“")}”` : "很少的内容",
        missing: missing.join("、"),
      },
    });
  },
});
