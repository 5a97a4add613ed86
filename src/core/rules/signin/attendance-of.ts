import { type Attendance, analyseAttendance } from "../../meeting/attendance";
import type { RegisterRuleContext } from "../register-rule";

/** The attendance analysis of the sign-in sheet being checked, shared by the signin/* rules. */
export function attendanceOf(ctx: RegisterRuleContext): Attendance {
  return ctx.memo("attendance", () =>
    analyseAttendance(ctx.table, ctx.roster, ctx.meetingStart, ctx.options.lateGraceMinutes),
  );
}
