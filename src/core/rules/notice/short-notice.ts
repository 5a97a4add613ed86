import { uncoveredYearsNote } from "../../calendar/work-calendar";
import { chineseDate } from "../../text/dates";
import { mentionDate } from "../../text/date-mentions";
import { defineNoticeRule, noticeYear } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/short-notice",
    group: "notice",
    severity: "warning",
    description: "成文日期距会议不足 N 个工作日（N 可配置，默认 3；计入法定节假日与调休）",
    source: "practice：会议通知应提前[X]个工作日发出",
    messages: {
      short: "通知成文于 {issued}，距会议 {meeting} 只有 {count} 个工作日，少于 {days} 个工作日{note}",
    },
    fixable: false,
  },
  check(ctx) {
    const { meetingDate, issueDate } = ctx.doc;
    if (!meetingDate || !issueDate) return;
    const issued = mentionDate(issueDate.value);
    const meeting = mentionDate(meetingDate.value, noticeYear(ctx.doc));
    if (!issued || !meeting) return;
    const days = ctx.options.noticeDays;
    const { count, uncoveredYears } = ctx.calendar.workdaysAfter(issued, meeting);
    if (count >= days) return;
    ctx.report({
      messageId: "short",
      at: meetingDate.at,
      data: {
        issued: chineseDate(issued),
        meeting: chineseDate(meeting),
        count,
        days,
        note: uncoveredYearsNote(uncoveredYears),
      },
    });
  },
});
