import { roleText, roleWords } from "../../table/register-table";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";
import { receivingUnit } from "./receiving-unit";

export const CLASSIFIED = /秘密|机密|绝密|涉密/;
export const INSTANT_MESSAGING = /短信|微信|QQ|钉钉|企业微信/i;

/** How a title line marks a whole sheet: `密级：机密`, `（机密）`, `机密★1年`, or the word alone on its line. */
const SECRECY_MARKS = [
  /密级[:：]?\s*(秘密|机密|绝密|涉密)/,
  /[（(【〔]\s*(秘密|机密|绝密)\s*(?:★[^）)】〕]*)?[）)】〕]/,
  /(秘密|机密|绝密)\s*★/,
  /^\s*(秘密|机密|绝密)\s*$/,
];

export function secrecyMark(line: string): string | undefined {
  for (const mark of SECRECY_MARKS) {
    const found = mark.exec(line)?.[1];
    if (found) return found;
  }
  return undefined;
}

export default defineRegisterRule({
  meta: {
    id: "receipt/classified-channel",
    group: "receipt",
    severity: "error",
    description: "涉密会议（密级为秘密、机密、绝密、涉密）的通知经短信或微信发出",
    source: "practice：涉密会议不能通过短信、微信发布",
    messages: {
      channel: "{unit} 的通知密级为“{secrecy}”，不能通过“{channel}”发送",
    },
    fixable: false,
  },
  kinds: ["receipt"],
  check(ctx) {
    const { table } = ctx;
    const col = table.roleColumns.channel;
    if (col === undefined) return;
    const sheetSecrecy = ctx.table.titleLines.map(secrecyMark).find(Boolean);
    for (const row of table.rows) {
      const secrecy = roleText(table, row, "secrecy") || sheetSecrecy || "";
      const channel = roleText(table, row, "channel");
      const secrecyWords = matchKey(secrecy);
      if (!CLASSIFIED.test(secrecyWords) || /非密|不涉密/.test(secrecyWords)) continue;
      if (!INSTANT_MESSAGING.test(roleWords(table, row, "channel"))) continue;
      ctx.report({
        messageId: "channel",
        row,
        col,
        data: { unit: receivingUnit(table, row), secrecy, channel },
      });
    }
  },
});
