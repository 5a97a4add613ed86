import { chineseDateTime, formatTime } from "../../text/dates";
import { cellText } from "../../table/grid";
import { columnsOf } from "../../table/register-table";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";
import { attendanceOf } from "./attendance-of";

export default defineRegisterRule({
  meta: {
    id: "signin/late",
    group: "signin",
    severity: "warning",
    description: "签到时间晚于会议开始时间",
    source: "practice：登记迟到、缺席人员名单",
    messages: {
      late: "{name} 签到时间 {time} 晚于会议开始时间 {start}",
      marked: "{name} 的签到状态为“迟到”{time}",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const start = ctx.meetingStart;
    const col = ctx.table.roleColumns.signinTime;
    const statusCols = columnsOf(ctx.table, ["signinStatus"]).map((c) => c.col);
    for (const signer of attendanceOf(ctx).late) {
      const time = signer.time;
      const sameDay =
        !!time &&
        !!start &&
        time.date.year === start.date.year &&
        time.date.month === start.date.month &&
        time.date.day === start.date.day;
      const when = time ? (sameDay && time.time ? formatTime(time.time) : chineseDateTime(time.date, time.time)) : "";
      if (!signer.lateByStatus) {
        // Late by the clock: attendance counts it only with a start and a 签到时间 after it.
        ctx.report({
          messageId: "late",
          row: signer.row,
          col: col!,
          data: { name: signer.name, time: when, start: start ? chineseDateTime(start.date, start.time) : "" },
        });
        continue;
      }
      // The export's own record: said as it says it, with the time where there is one.
      const statusCol = statusCols.find((c) => /迟到/.test(matchKey(cellText(signer.row.cells[c])))) ?? statusCols[0];
      ctx.report({
        messageId: "marked",
        row: signer.row,
        col: statusCol,
        data: { name: signer.name, time: when ? `（签到时间 ${when}）` : "" },
      });
    }
  },
});
