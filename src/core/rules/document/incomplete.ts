import { defineDocumentRule } from "./define";

const HOW = {
  "mid-sentence": "在句子中间",
  "mid-list": "在列举中间",
  "mid-date": "在成文日期中间",
  特此: "以“特此”结尾，缺“通知”",
} as const;

export default defineDocumentRule({
  meta: {
    id: "document/incomplete",
    group: "document",
    severity: "info",
    description:
      "文字不完整（在句子、列举或日期中间中断，或以“特此”结尾）：没有找到的要素可能在缺失的部分，不逐项报缺少",
    source: "RULES.md §6、§11：不完整的文字只说一次，落款、成文日期、联系人、出席和分送等不逐项报缺少",
    messages: {
      cut: "文字{how}中断，像是没有复制完整；没有找到的要素（落款、成文日期、联系人等）可能在缺失的部分，未逐项报告缺少",
    },
    fixable: false,
  },
  check(ctx) {
    const cut = ctx.cut;
    if (!cut || ctx.reading.fromForm) return;
    ctx.report({
      messageId: "cut",
      at: { paragraph: cut.paragraph, start: cut.start, end: cut.end },
      data: { how: HOW[cut.how] },
    });
  },
});
