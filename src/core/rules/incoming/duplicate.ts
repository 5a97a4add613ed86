import { type DataRow, roleText, sheetRowOf } from "../../table/register-table";
import { docNumberKey } from "../../text/doc-number";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "incoming/duplicate",
    group: "incoming",
    severity: "warning",
    description: "同一来文单位的同一文号登记了两次",
    source: "practice：外来文统一登记",
    messages: {
      duplicate: "{from} 的 {number} 重复登记，第一次在第 {first} 行",
    },
    fixable: false,
  },
  kinds: ["incoming"],
  check(ctx) {
    const { table } = ctx;
    const col = table.roleColumns.docNumber;
    if (col === undefined) return;
    const seen = new Map<string, DataRow>();
    for (const row of table.rows) {
      const number = roleText(table, row, "docNumber");
      if (number === "" || /^(无|\/|-|—)$/.test(number)) continue;
      const from = roleText(table, row, "fromUnit");
      const key = `${matchKey(from)}|${docNumberKey(number)}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, row);
        continue;
      }
      ctx.report({
        messageId: "duplicate",
        row,
        col,
        related: [{ row: first, col }],
        data: { from: from || "来文单位", number, first: sheetRowOf(table, first.index) },
      });
    }
  },
});
