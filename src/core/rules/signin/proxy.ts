import { proxySignsOf } from "../../meeting/proxy-signature";
import { roleText } from "../../table/register-table";
import { nameWithoutNote } from "../../text/name-note";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "signin/proxy",
    group: "signin",
    severity: "error",
    description: "代签：签名中写有“代”，签名不是本行姓名，或姓名后注“（代）”、备注写“代签”",
    source: "practice：参会人员应按时签到，不得代签",
    messages: {
      proxyWord: "{name} 的签名“{signature}”表明由他人代签",
      otherName: "{name} 一行的签名是“{signature}”，与姓名不符，疑似代签",
      noted: "{name} 的{column}写有“{text}”，表明由他人代签或代为参会",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const { table } = ctx;
    const signs = proxySignsOf(table);
    for (let i = 0; i < signs.length; i++) {
      const sign = signs[i];
      const row = table.rows[i];
      if (!sign) continue;
      const name = nameWithoutNote(roleText(table, row, "name"));
      const col = table.roleColumns[sign.role]!;
      if (sign.how === "noted") {
        const column = sign.role === "name" ? "姓名" : "备注";
        ctx.report({ messageId: "noted", row, col, data: { name, column, text: sign.text } });
      } else ctx.report({ messageId: sign.how, row, col, data: { name, signature: sign.text } });
    }
  },
});
