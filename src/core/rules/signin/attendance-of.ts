import { type Attendance, analyseAttendance } from "../../meeting/attendance";
import type { RuleScope } from "../register-rule";

/** The attendance analysis of the sign-in sheet being checked, shared by the signin/* rules. */
export function attendanceOf(ctx: RuleScope): Attendance {
  return ctx.memo("attendance", () =>
    analyseAttendance(ctx.table, ctx.roster, ctx.meetingStart, ctx.options.lateGraceMinutes),
  );
}
