import { roleText } from "../../table/register-table";
import { isSignedMark } from "../../table/typed-cells";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";

const PROXY_WORD = /代签|代[^表理办]|代$|^代/;

export default defineRegisterRule({
  meta: {
    id: "signin/proxy",
    severity: "error",
    description: "代签：签名中写有“代”，或签名不是本行姓名",
    source: "practice：参会人员应按时签到，不得代签",
    messages: {
      proxyWord: "{name} 的签名“{signature}”表明由他人代签",
      otherName: "{name} 一行的签名是“{signature}”，与姓名不符，疑似代签",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const { table } = ctx;
    const col = table.roleColumns.signature;
    if (col === undefined) return;
    for (const row of table.rows) {
      const signature = roleText(table, row, "signature");
      const name = roleText(table, row, "name");
      if (signature === "" || isSignedMark(signature)) continue;
      if (PROXY_WORD.test(signature)) {
        ctx.report({ messageId: "proxyWord", row, col, data: { name, signature } });
      } else if (
        name !== "" &&
        signature !== name &&
        /^[\u4e00-\u9fff·\s]{2,}$/.test(signature) &&
        matchKey(signature) !== matchKey(name)
      ) {
        ctx.report({ messageId: "otherName", row, col, data: { name, signature } });
      }
    }
  },
});
