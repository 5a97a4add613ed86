import { roleText, roleWords } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";

export const CATEGORIES = ["阅件", "办件", "留档"];

/** The fifteen kinds of 公文 (条例 第八条): an OA's 来文类别 column lists these, not how a document is handled. */
const DOCUMENT_KINDS = /^(决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要)$/;

export default defineRegisterRule({
  meta: {
    id: "incoming/bad-category",
    group: "incoming",
    severity: "error",
    description: "类别不是阅件、办件或留档",
    source: "practice：外来文统一登记，并按阅件、办件、留档的方式分类处理",
    messages: {
      bad: "类别“{value}”不是阅件、办件或留档之一",
    },
    fixable: false,
  },
  kinds: ["incoming"],
  check(ctx) {
    const col = ctx.table.roleColumns.category;
    if (col === undefined) return;
    const values = ctx.table.rows.map((row) => roleWords(ctx.table, row, "category")).filter(Boolean);
    const kinds = values.filter((v) => DOCUMENT_KINDS.test(v)).length;
    // A column of 文种 (通知, 批复, 函) is another column under a similar name: not a category to check.
    if (kinds > 0 && kinds * 2 >= values.length && !values.some((v) => CATEGORIES.includes(v))) return;
    for (const row of ctx.table.rows) {
      const value = roleText(ctx.table, row, "category");
      if (value !== "" && !CATEGORIES.includes(roleWords(ctx.table, row, "category"))) {
        ctx.report({ messageId: "bad", row, col, data: { value } });
      }
    }
  },
});
