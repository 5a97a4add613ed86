import { defineDocumentRule } from "./define";

export default defineDocumentRule({
  meta: {
    id: "document/kind-unsure",
    group: "document",
    severity: "info",
    description: "从标题和结构都看不出是会议通知还是会议纪要（如会议新闻稿），只做与类型无关的检查",
    source: "RULES.md §6 类型识别：按标题和结构判断通知或纪要，无法判断时说明并只运行与类型无关的检查",
    messages: {
      unsure:
        "看不出这是会议通知还是会议纪要，只检查了日期、星期和电话；可在“文档类型”中选择通知或纪要后重新检查（命令行：--kind notice 或 --kind minutes）",
    },
    /** What the reading found of either kind, for `--json`. */
    data: { evidence: "string" },
    fixable: false,
  },
  check(ctx) {
    if (!ctx.reading.chosen && ctx.reading.kind === null) {
      ctx.report({ messageId: "unsure", belongsAfter: null, data: { evidence: ctx.reading.evidence.join("、") } });
    }
  },
});
