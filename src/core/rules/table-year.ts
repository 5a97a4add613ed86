import { readDateTimeCell } from "../table/typed-cells";
import { DATE_ROLES } from "../table/roles";
import { forEachFilledCell } from "./each-cell";
import type { RuleScope } from "./register-rule";

/**
 * The year for dates written without one (`12月3日`): the meeting's, else a year in the title
 * (`2026年印章使用登记表`), else the one the table's dates use most.
 */
export function tableYear(ctx: RuleScope): number | undefined {
  return ctx.memo("tableYear", () => {
    if (ctx.meetingStart) return ctx.meetingStart.date.year;
    const titleYear = ctx.table.titleLines.map((line) => /(\d{4})\s*年/.exec(line)?.[1]).find(Boolean);
    if (titleYear) return Number(titleYear);
    const counts = new Map<number, number>();
    forEachFilledCell(ctx.table, DATE_ROLES, (_row, _col, value) => {
      const reading = readDateTimeCell(value);
      if (reading.ok && reading.value.date)
        counts.set(reading.value.date.year, (counts.get(reading.value.date.year) ?? 0) + 1);
    });
    let best: number | undefined;
    for (const [year, count] of counts) if (best === undefined || count > counts.get(best)!) best = year;
    return best;
  });
}
