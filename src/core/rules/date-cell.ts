import { type DataRow, roleValue } from "../table/register-table";
import type { Role } from "../table/roles";
import { readDateTimeCell } from "../table/typed-cells";
import { type DateTime, type LocalDate, compareDates, dateTimeOrdinal } from "../text/dates";
import type { RuleScope } from "./register-rule";
import { tableYear } from "./table-year";

export type DatedValue = DateTime & { date: LocalDate };

/** The date (and time) of a role's cell, or null when blank, unreadable or without a date. */
export function datedCell(ctx: RuleScope, row: DataRow, role: Role): DatedValue | null {
  const value = roleValue(ctx.table, row, role);
  if (value === null) return null;
  const reading = readDateTimeCell(value, tableYear(ctx));
  return reading.ok && reading.value.date ? (reading.value as DatedValue) : null;
}

/** Negative when `a` comes first: by the minute where both have a time, else by the day. */
export function compareDated(a: DatedValue, b: DatedValue): number {
  return a.time && b.time
    ? dateTimeOrdinal(a.date, a.time) - dateTimeOrdinal(b.date, b.time)
    : compareDates(a.date, b.date);
}

/** Each row whose role's cell holds a date, with the meeting's start and the column to mark; none without either. */
export function* datedAgainstStart(ctx: RuleScope, role: Role) {
  const start = ctx.meetingStart;
  const col = ctx.table.roleColumns[role];
  if (!start || col === undefined) return;
  for (const row of ctx.table.rows) {
    const dated = datedCell(ctx, row, role);
    if (dated) yield { row, col, dated, start };
  }
}
