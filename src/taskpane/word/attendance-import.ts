import { attendanceLines } from "../../core/meeting/minutes-attendance";
import { signinAttendanceOf } from "../../hosts/files/signin-import";

/** The 出席/请假/列席 lines of the minutes, from a sign-in workbook the user picked. */
export async function attendanceLinesFromXlsx(bytes: Uint8Array, fileName: string) {
  return attendanceLines(await signinAttendanceOf(bytes, fileName));
}
