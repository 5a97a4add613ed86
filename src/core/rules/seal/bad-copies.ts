import { roleText } from "../../table/register-table";
import { parseCount } from "../../text/chinese-numbers";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "seal/bad-copies",
    group: "seal",
    severity: "error",
    description: "份数不是正整数（“三”“3份”可识别）",
    source: "practice：印章管理人建立印章使用台帐，认真登记",
    messages: {
      bad: "份数“{text}”不是正整数",
    },
    fixable: false,
  },
  kinds: ["seal"],
  check(ctx) {
    const col = ctx.table.roleColumns.copies;
    if (col === undefined) return;
    for (const row of ctx.table.rows) {
      const text = roleText(ctx.table, row, "copies");
      if (text === "") continue;
      const n = parseCount(text);
      if (n === null || !Number.isInteger(n) || n <= 0) ctx.report({ messageId: "bad", row, col, data: { text } });
    }
  },
});
