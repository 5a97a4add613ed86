import { chineseDate, compareDates } from "../../text/dates";
import { defineReplyRule } from "./define";

export default defineReplyRule({
  meta: {
    id: "reply/late",
    group: "reply",
    severity: "info",
    description: "回执在通知规定的截止日期之后收到（按登记的收到日期或文件修改日期）",
    source: "practice：请于…前将参会回执报送…",
    messages: { late: "{received}收到（{how}），晚于通知要求的 {deadline} 前报送" },
    fixable: false,
  },
  check(ctx) {
    const deadline = ctx.deadline;
    if (!deadline) return;
    for (const { reply } of ctx.merged.replies) {
      const received = reply.source.receivedOn;
      if (!received || compareDates(received, deadline.date) <= 0) continue;
      ctx.report({
        messageId: "late",
        file: reply.source.file,
        data: {
          received: chineseDate(received),
          how: reply.source.receivedHow ?? "收到日期",
          deadline: chineseDate(deadline.date),
        },
      });
    }
  },
});
