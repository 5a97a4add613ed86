import { roleText } from "../../table/register-table";
import { checkDocNumber, docNumberProblems } from "../../text/doc-number";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "incoming/doc-number-format",
    group: "incoming",
    severity: "warning",
    description: "文号年份未用六角括号〔〕（如 [2026]、(2026)、【2026】），序号前有“第”，或序号编了虚位（012号）",
    source:
      "GB/T 9704-2012 7.2.5：年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位",
    messages: {
      format: "文号“{text}”格式不规范：{problems}，应为“{fixed}”",
    },
    fixable: true,
    fixInMessage: { format: true },
  },
  kinds: ["incoming"],
  check(ctx) {
    const col = ctx.table.roleColumns.docNumber;
    if (col === undefined) return;
    for (const row of ctx.table.rows) {
      const text = roleText(ctx.table, row, "docNumber");
      const { problems, fixed } = checkDocNumber(text);
      if (problems.length === 0) continue;
      ctx.report({
        messageId: "format",
        row,
        col,
        data: { text, fixed, problems: docNumberProblems(text, problems) },
        fix: fixed,
      });
    }
  },
});
