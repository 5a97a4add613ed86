import { analyseAttendance } from "../../src/core/meeting/attendance";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import type { RegisterRule } from "../../src/core/rules/register-rule";
import type { Grid } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import type { DateTime, LocalDate } from "../../src/core/text/dates";

/** Where a check's time goes: reading the tables, the attendance analysis, and each rule (ms, one run). */
export function phaseTimes(grids: Grid[]): Record<string, number> {
  const times: Record<string, number> = {};
  const add = (key: string, ms: number) => (times[key] = (times[key] ?? 0) + ms);
  let start = performance.now();
  const tables = grids.map(readRegister);
  add("读表", performance.now() - start);
  const signin = tables.find((t) => t.kind === "signin");
  const roster = tables.find((t) => t.kind === "roster") ?? null;
  if (signin) {
    start = performance.now();
    const meetingStart = signin.meetingStart?.date ? (signin.meetingStart as DateTime & { date: LocalDate }) : null;
    analyseAttendance(signin, roster, meetingStart);
    add("出勤分析", performance.now() - start);
  }
  const timed: RegisterRule[] = REGISTER_RULES.map((rule) => ({
    ...rule,
    check(ctx) {
      const t = performance.now();
      rule.check(ctx);
      add(rule.meta.id, performance.now() - t);
    },
  }));
  start = performance.now();
  checkWorkbook(grids, undefined, timed);
  add("总计", performance.now() - start);
  return times;
}
