import { findRelativeDates } from "../../text/date-mentions";
import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/relative-date",
    group: "notice",
    kindFree: true,
    severity: "error",
    description: "用“今天、明天、后天、本周X、下周X”等相对说法表示日期",
    source: "practice：时间一般要注明年月日，不能用“明天”“后天”等容易产生混淆的词汇",
    messages: {
      relative: "“{text}”容易产生混淆，应写明年月日",
    },
    fixable: false,
  },
  check(ctx) {
    const [from, to] = ctx.doc.body;
    for (let i = from; i < to; i++) {
      for (const m of findRelativeDates(ctx.paragraphs[i])) {
        ctx.report({ messageId: "relative", at: { paragraph: i, start: m.start, end: m.end }, data: { text: m.text } });
      }
    }
  },
});
