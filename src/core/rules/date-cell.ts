import { type DataRow, roleValue } from "../table/register-table";
import type { Role } from "../table/roles";
import { readDateTimeCell } from "../table/typed-cells";
import type { DateTime, LocalDate } from "../text/dates";
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
