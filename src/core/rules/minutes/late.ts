import { uncoveredYearsNote } from "../../calendar/work-calendar";
import { chineseDate } from "../../text/dates";
import { mentionDate } from "../../text/date-mentions";
import { defineMinutesRule } from "./define";

export default defineMinutesRule({
  meta: {
    id: "minutes/late",
    group: "minutes",
    severity: "warning",
    description: "纪要成文日期晚于会后 4 个工作日（晚于 2 个工作日为提示）",
    source: "practice：需撰写会议纪要的，一般应在2-4个工作日内拟写",
    messages: {
      late: "纪要成文于 {issued}，已是会后第 {count} 个工作日（会议 {meeting}），一般应在 2–4 个工作日内拟写{note}",
    },
    fixable: false,
  },
  check(ctx) {
    const { meetingDate, issueDate } = ctx.doc;
    if (!meetingDate || !issueDate) return;
    const issued = mentionDate(issueDate.value);
    const meeting = mentionDate(meetingDate.value, issued?.year);
    if (!issued || !meeting) return;
    const { count, uncoveredYears } = ctx.calendar.workdaysAfter(meeting, issued);
    const { info, warning } = ctx.options.minutesDays;
    if (count <= info) return;
    ctx.report({
      messageId: "late",
      at: issueDate.at,
      severity: count > warning ? undefined : "info",
      data: {
        issued: chineseDate(issued),
        meeting: chineseDate(meeting),
        count,
        note: uncoveredYearsNote(uncoveredYears),
      },
    });
  },
});
