import { roleText } from "../../table/register-table";
import { isSignedMark } from "../../table/typed-cells";
import { nameWithoutNote, noteAfterName } from "../../text/name-note";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";

const PROXY_WORD = /代签|代[^表理办]|代$|^代/;
/** 备注 is freer text (`代县长`, `代替张局长参会`): only words of signing count there. */
const PROXY_REMARK = /代签|代为签/;

export default defineRegisterRule({
  meta: {
    id: "signin/proxy",
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
    const { signature: col, name: nameCol, remark: remarkCol } = table.roleColumns;
    for (const row of table.rows) {
      const nameCell = roleText(table, row, "name");
      const name = nameWithoutNote(nameCell);
      if (nameCol !== undefined && PROXY_WORD.test(noteAfterName(nameCell))) {
        ctx.report({ messageId: "noted", row, col: nameCol, data: { name, column: "姓名", text: nameCell } });
        continue;
      }
      const remark = roleText(table, row, "remark");
      if (remarkCol !== undefined && PROXY_REMARK.test(remark)) {
        ctx.report({ messageId: "noted", row, col: remarkCol, data: { name, column: "备注", text: remark } });
        continue;
      }
      const signature = roleText(table, row, "signature");
      if (col === undefined || signature === "" || isSignedMark(signature)) continue;
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
