import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/date-no-year",
    severity: "error",
    description: "会议日期没有写年份（如“12月3日”）",
    source: "practice：时间一般要注明年月日",
    messages: {
      noYear: "会议日期“{text}”没有写年份",
    },
    fixable: false,
  },
  check(ctx) {
    const date = ctx.doc.meetingDate;
    if (!date || date.value.year !== null) return;
    ctx.report({ messageId: "noYear", at: date.at, data: { text: date.text } });
  },
});
