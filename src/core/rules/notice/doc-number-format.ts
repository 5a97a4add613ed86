import { checkDocNumber, docNumberProblems } from "../../text/doc-number";
import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/doc-number-format",
    group: "notice",
    severity: "warning",
    description: "发文字号年份未用六角括号〔〕、序号前有“第”或编了虚位",
    source: "GB/T 9704-2012 7.2.5：年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位",
    messages: {
      format: "发文字号“{text}”格式不规范：{problems}，应为“{fixed}”",
    },
    fixable: true,
    fixInMessage: { format: true },
  },
  check(ctx) {
    const number = ctx.doc.docNumber;
    if (!number) return;
    const { problems, fixed } = checkDocNumber(number.value);
    if (problems.length === 0) return;
    ctx.report({
      messageId: "format",
      at: number.at,
      data: { text: number.value, fixed, problems: docNumberProblems(number.value, problems) },
      fix: fixed,
    });
  },
});
