import { WEEKDAY_NAMES, chineseDate, weekdayOf } from "../../text/dates";
import { findDateMentions, mentionDate } from "../../text/date-mentions";
import { defineNoticeRule, noticeYear } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/weekday-mismatch",
    group: "notice",
    kindFree: true,
    severity: "error",
    description: "日期后注明的星期与日期不符（如“2026年12月3日（星期三）”，实为星期四）",
    source: "practice：会议时间要准确",
    messages: {
      mismatch: "“{text}”：{date}是星期{actual}，不是星期{written}",
    },
    fixable: false,
  },
  check(ctx) {
    const year = noticeYear(ctx.doc);
    const [from, to] = ctx.doc.body;
    for (let i = from; i < to; i++) {
      for (const mention of findDateMentions(ctx.paragraphs[i])) {
        if (mention.weekday === null) continue;
        const date = mentionDate(mention, year);
        if (!date) continue;
        const actual = weekdayOf(date);
        if (actual === mention.weekday) continue;
        ctx.report({
          messageId: "mismatch",
          at: { paragraph: i, start: mention.start, end: mention.end },
          data: {
            text: mention.text,
            date: chineseDate(date),
            actual: WEEKDAY_NAMES[actual],
            written: mention.weekdayText ?? "",
          },
        });
      }
    }
  },
});
