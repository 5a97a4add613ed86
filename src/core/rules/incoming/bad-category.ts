import { roleText, roleWords } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";

export const CATEGORIES = ["阅件", "办件", "留档"];

export default defineRegisterRule({
  meta: {
    id: "incoming/bad-category",
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
    for (const row of ctx.table.rows) {
      const value = roleText(ctx.table, row, "category");
      if (value !== "" && !CATEGORIES.includes(roleWords(ctx.table, row, "category"))) {
        ctx.report({ messageId: "bad", row, col, data: { value } });
      }
    }
  },
});
