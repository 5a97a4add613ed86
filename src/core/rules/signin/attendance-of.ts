import { type Attendance, type RosterEntry, analyseAttendance } from "../../meeting/attendance";
import type { RegisterTable } from "../../table/register-table";
import type { CellRef, RuleScope } from "../register-rule";

/** The attendance analysis of the sign-in sheet being checked, shared by the signin/* rules. */
export function attendanceOf(ctx: RuleScope): Attendance {
  return ctx.memo("attendance", () =>
    analyseAttendance(ctx.table, ctx.roster, ctx.meetingStart, ctx.options.lateGraceMinutes),
  );
}

/** A roster entry with the cell of its name on the roster (the 名单, or the sign-in sheet itself): where to report. */
export interface RosterName {
  entry: RosterEntry;
  at: CellRef & { table: RegisterTable };
}

/** The roster's entries `pick` keeps, each at its name; none when the sheet is checked against no roster. */
export function rosterNamesWhere(ctx: RuleScope, pick: (entry: RosterEntry) => boolean): RosterName[] {
  const { roster, rosterEntries } = attendanceOf(ctx);
  if (!roster) return [];
  return rosterEntries
    .filter(pick)
    .map((entry) => ({ entry, at: { table: roster, row: entry.row, col: roster.roleColumns.name! } }));
}
