import { chineseDateTime, formatTime } from "../../text/dates";
import { defineRegisterRule } from "../register-rule";
import { attendanceOf } from "./attendance-of";

export default defineRegisterRule({
  meta: {
    id: "signin/late",
    severity: "warning",
    description: "签到时间晚于会议开始时间",
    source: "practice：登记迟到、缺席人员名单",
    messages: {
      late: "{name} 签到时间 {time} 晚于会议开始时间 {start}",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const start = ctx.meetingStart;
    const col = ctx.table.roleColumns.signinTime;
    if (!start || col === undefined) return;
    for (const signer of attendanceOf(ctx).late) {
      const time = signer.time!;
      const sameDay =
        time.date.year === start.date.year && time.date.month === start.date.month && time.date.day === start.date.day;
      ctx.report({
        messageId: "late",
        row: signer.row,
        col,
        data: {
          name: signer.name,
          time: sameDay && time.time ? formatTime(time.time) : chineseDateTime(time.date, time.time),
          start: chineseDateTime(start.date, start.time),
        },
      });
    }
  },
});
