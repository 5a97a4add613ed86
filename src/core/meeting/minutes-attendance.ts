import type { Attendance } from "./attendance";
import { byStrokes } from "./name-order";

export interface AttendanceLines {
  present: string[];
  leave: string[];
  attending: string[];
}

/**
 * 出席/请假/列席 for minutes from a sign-in sheet: 出席 = roster people who signed (every signer when there is
 * no roster), 请假 = roster people on leave who did not sign, 列席 = signers not on the roster.
 */
export function attendanceLines(attendance: Attendance, order: "strokes" | "given" = "strokes"): AttendanceLines {
  const rosterKnown = attendance.roster !== null;
  const present = rosterKnown
    ? attendance.rosterEntries.filter((e) => e.signedAs).map((e) => e.name)
    : attendance.signers.map((s) => s.name);
  const leave = attendance.rosterEntries.filter((e) => e.onLeave && !e.signedAs).map((e) => e.name);
  const attending = rosterKnown ? attendance.notInvited.map((s) => s.name) : [];
  const arrange = (names: string[]) => (order === "strokes" ? byStrokes(names.map(clean)) : names.map(clean));
  return { present: arrange(present), leave: arrange(leave), attending: arrange(attending) };
}

const clean = (name: string) => name.replace(/\s+/g, "");
