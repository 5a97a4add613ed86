import type { DateMention } from "../../text/date-mentions";
import type { Located } from "../../document/span";
import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/date-no-year",
    severity: "error",
    description: "会议日期没有写年份（如“12月3日”）；能从成文日期或另一处日期推出年份时只作提示",
    source: "practice：时间一般要注明年月日",
    messages: {
      noYear: "会议日期“{text}”没有写年份",
      inferred: "会议日期“{text}”没有写年份（按{from}读作 {year} 年）",
    },
    fixable: false,
  },
  check(ctx) {
    const { meetingDate, arrangedDate, issueDate } = ctx.doc;
    // Where the opening sentence gives the meeting date, the reader keeps one object for both.
    const dates = [meetingDate, arrangedDate !== meetingDate ? arrangedDate : undefined].filter(
      (d): d is Located<DateMention> => !!d,
    );
    const withYear = dates.find((d) => d.value.year !== null);
    for (const date of dates) {
      if (date.value.year !== null) continue;
      const year = withYear?.value.year ?? issueDate?.value.year ?? null;
      if (year === null) ctx.report({ messageId: "noYear", at: date.at, data: { text: date.text } });
      else
        ctx.report({
          messageId: "inferred",
          severity: "info",
          at: date.at,
          data: { text: date.text, year, from: withYear ? "会议时间" : "成文日期" },
        });
    }
  },
});
