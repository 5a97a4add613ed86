import { chineseDate, compareDates } from "../../text/dates";
import { mentionDate } from "../../text/date-mentions";
import { defineNoticeRule, noticeYear } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/reply-after-meeting",
    group: "notice",
    severity: "error",
    description: "回执或报名截止日期在会议当天或之后",
    source: "practice：会议通知应写明报名要求，回执应在会前报送",
    messages: {
      late: "回执截止日期 {deadline} 不早于会议日期 {meeting}",
    },
    fixable: false,
  },
  check(ctx) {
    const { replyDeadline, meetingDate } = ctx.doc;
    if (!replyDeadline || !meetingDate) return;
    const year = noticeYear(ctx.doc);
    const deadline = mentionDate(replyDeadline.value, year);
    const meeting = mentionDate(meetingDate.value, year);
    if (!deadline || !meeting || compareDates(deadline, meeting) < 0) return;
    ctx.report({
      messageId: "late",
      at: replyDeadline.at,
      data: { deadline: chineseDate(deadline), meeting: chineseDate(meeting) },
    });
  },
});
