import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/classified-channel",
    group: "notice",
    severity: "error",
    description: "涉密会议的通知要通过短信或微信发送",
    source: "practice：涉密会议不能通过短信、微信发布",
    messages: {
      channel: "“{classified}”：涉密会议的通知不能“{channel}”",
    },
    fixable: false,
  },
  check(ctx) {
    const { classified, channels } = ctx.doc;
    if (!classified) return;
    for (const channel of channels) {
      ctx.report({
        messageId: "channel",
        at: channel.at,
        data: { classified: classified.text, channel: channel.text },
      });
    }
  },
});
