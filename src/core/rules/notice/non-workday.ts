import { WEEKDAY_NAMES, chineseDate, weekdayOf } from "../../text/dates";
import { mentionDate } from "../../text/date-mentions";
import { uncoveredYearsNote } from "../../calendar/work-calendar";
import { defineNoticeRule, noticeYear } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/non-workday",
    group: "notice",
    severity: "warning",
    description: "会议安排在周末或法定节假日（调休上班日除外）",
    source: "practice：会议时间安排应合理，避开节假日",
    messages: {
      holiday: "会议日期 {date} 是{holiday}假期",
      weekend: "会议日期 {date} 是星期{weekday}，不是调休上班日{note}",
    },
    fixable: false,
  },
  check(ctx) {
    const meetingDate = ctx.doc.meetingDate;
    if (!meetingDate) return;
    const date = mentionDate(meetingDate.value, noticeYear(ctx.doc));
    if (!date || ctx.calendar.isWorkday(date)) return;
    const holiday = ctx.calendar.holidayName(date);
    if (holiday) {
      ctx.report({ messageId: "holiday", at: meetingDate.at, data: { date: chineseDate(date), holiday } });
    } else {
      const note = ctx.calendar.covers(date.year) ? "" : uncoveredYearsNote([date.year]);
      ctx.report({
        messageId: "weekend",
        at: meetingDate.at,
        data: { date: chineseDate(date), weekday: WEEKDAY_NAMES[weekdayOf(date)], note },
      });
    }
  },
});
