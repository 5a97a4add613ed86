import { roleText, roleWords } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { receivingUnit } from "./receiving-unit";
import { INSTANT_MESSAGING } from "./classified-channel";

const EMAIL = /邮件|邮箱/;
const NO = /^(否|无|未回复|未回|没有|×|x)$/i;

export default defineRegisterRule({
  meta: {
    id: "receipt/no-reply",
    group: "receipt",
    severity: "warning",
    description: "通知以邮件、短信、微信（或 QQ、钉钉）发出，但未记录回执",
    source: "practice：电子邮件要采取保留回执发送方式；短信、微信发送应要求接收者及时回复",
    messages: {
      noReply: "{unit} 的通知经“{channel}”发出，未记录回执",
    },
    fixable: false,
  },
  kinds: ["receipt"],
  check(ctx) {
    const { table } = ctx;
    const channelCol = table.roleColumns.channel;
    if (channelCol === undefined) return;
    const replyCol = table.roleColumns.reply;
    for (const row of table.rows) {
      const channel = roleText(table, row, "channel");
      const channelWords = roleWords(table, row, "channel");
      // Every instant message (短信, 微信, and QQ or 钉钉 alike) asks for a reply, as e-mail does.
      if (!EMAIL.test(channelWords) && !INSTANT_MESSAGING.test(channelWords)) continue;
      const reply = roleWords(table, row, "reply");
      if (replyCol !== undefined && reply !== "" && !NO.test(reply)) continue;
      ctx.report({
        messageId: "noReply",
        row,
        col: replyCol ?? channelCol,
        data: { unit: receivingUnit(table, row), channel },
      });
    }
  },
});
