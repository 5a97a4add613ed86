import { WorkCalendar } from "../calendar/work-calendar";
import { type Attendance, analyseAttendance } from "../meeting/attendance";
import type { Tally } from "../meeting/tally";
import type { Grid } from "../table/grid";
import type { RegisterKind } from "../table/kinds";
import { type RegisterTable, addressOf, readRegister, sheetRowOf } from "../table/register-table";
import { type DateTime, type LocalDate, isoDateTime } from "../text/dates";
import { type CheckOptions, DEFAULT_OPTIONS } from "./config";
import type { Finding, Fix, Place } from "./finding";
import { activeRules, findingOf, settle } from "./pipeline";
import type { CellRef, RegisterRule, RegisterRuleContext, WorkbookModel } from "./register-rule";
import { REGISTER_RULES } from "./register-registry";
import { type TrackingSummary, trackingSummary } from "./tracking/summary";

export interface SheetReport {
  sheet: string;
  kind: RegisterKind | null;
  /** 1-based row of the header in the sheet, null when none was found. */
  headerRow: number | null;
  dataRows: number;
  /** ISO `2026-12-03T09:00`, or null when neither the sheet nor the user gave it. */
  meetingStart: string | null;
  tally?: Tally;
  /** A 督办台账's items by where they stand on the check date. */
  tracking?: TrackingSummary;
  findings: Finding[];
}

export interface WorkbookReport {
  sheets: SheetReport[];
  /** The attendance of each sign-in sheet, for the minutes' 出席/请假/列席 lines. */
  attendance: { sheet: string; attendance: Attendance }[];
}

type Dated = DateTime & { date: LocalDate };

/** Reads every grid as a register, pairs rosters with sign-in sheets and receipt registers, runs the rules. */
export function checkWorkbook(
  grids: Grid[],
  options: CheckOptions = DEFAULT_OPTIONS,
  rules: readonly RegisterRule[] = REGISTER_RULES,
): WorkbookReport {
  const tables = grids.map(readRegister);
  const workbook: WorkbookModel = { tables };
  const calendar = new WorkCalendar(options);
  const sheetMeetingStart = tables.map((t) => t.meetingStart).find((s): s is Dated => !!s?.date) ?? null;
  const active = activeRules(rules, options);

  const order = new Map(tables.map((t, i) => [t.sheet, i]));
  const sheets: SheetReport[] = [];
  const attendance: WorkbookReport["attendance"] = [];
  for (const table of tables) {
    if (table.empty) continue;
    const meetingStart =
      (options.meetingStart?.date ? (options.meetingStart as Dated) : null) ??
      (table.meetingStart?.date ? (table.meetingStart as Dated) : null) ??
      sheetMeetingStart;
    const roster = rosterFor(table, tables);
    const findings: Finding[] = [];
    const memo = new Map<string, unknown>();
    const contextFor = (rule: RegisterRule): RegisterRuleContext => ({
      table,
      workbook,
      roster,
      meetingStart,
      options,
      calendar,
      memo<T>(key: string, compute: () => T): T {
        if (!memo.has(key)) memo.set(key, compute());
        return memo.get(key) as T;
      },
      report(report) {
        const at = locate(report, table);
        const related = report.related?.map((ref) => relatedAddress(ref, table, at.table)) ?? [];
        const place: Place = { kind: "cell", sheet: at.table.sheet, cell: at.cell, row: at.row, related };
        const fix: Fix | null =
          report.fix === undefined
            ? null
            : { kind: "cell", sheet: at.table.sheet, cell: at.cell, before: cellBefore(report), after: report.fix };
        findings.push(findingOf(rule.meta, report, { place, fix }, options));
      },
    });
    for (const rule of active) {
      if (rule.kinds !== "any" && (!table.kind || !rule.kinds.includes(table.kind))) continue;
      rule.check(contextFor(rule));
    }
    // Reading the items again for the summary reports nothing, so any rule's context serves.
    const tracking = table.kind === "tracking" ? trackingSummary(contextFor(rules[0] ?? REGISTER_RULES[0])) : null;
    let tally: Tally | undefined;
    if (table.kind === "signin" && table.roleColumns.name !== undefined) {
      const analysis =
        (memo.get("attendance") as Attendance | undefined) ??
        analyseAttendance(table, roster, meetingStart, options.lateGraceMinutes);
      tally = analysis.tally;
      attendance.push({ sheet: table.sheet, attendance: analysis });
    }
    const sheetOf = (f: Finding) => (f.place.kind === "cell" ? (order.get(f.place.sheet) ?? 0) : 0);
    sheets.push({
      sheet: table.sheet,
      kind: table.kind,
      headerRow: table.headerIndex >= 0 ? sheetRowOf(table, table.headerIndex) : null,
      dataRows: table.rows.length,
      meetingStart: meetingStart && usesMeetingStart(table.kind) ? isoDateTime(meetingStart) : null,
      ...(tally ? { tally } : {}),
      ...(tracking ? { tracking } : {}),
      findings: settle(findings, sheetOf),
    });
  }
  return { sheets, attendance };
}

/**
 * The roster a register is checked against: people for a sign-in sheet and a 座次图, units for a receipt register,
 * people or units for a 材料发放登记表 as its copies went.
 */
function rosterFor(table: RegisterTable, tables: RegisterTable[]): RegisterTable | null {
  const rosters = tables.filter((t) => t.kind === "roster" && t.rows.length > 0);
  if (table.kind === "signin") return rosters.find((t) => t.roleColumns.name !== undefined) ?? null;
  // A 座次图 or 桌签 list is checked against the people on the 参会名单, the ranked one (排序) first.
  if (table.kind === "seating") {
    const people = rosters.filter((t) => t.roleColumns.name !== undefined);
    return people.find((t) => t.roleColumns.rank !== undefined) ?? people[0] ?? null;
  }
  if (table.kind === "materials") {
    // Copies given to people are checked against a list of people; copies given to units, against units.
    const byPerson = table.roleColumns.recipient !== undefined;
    return (
      (byPerson ? rosters.find((t) => t.roleColumns.name !== undefined) : undefined) ??
      rosters.find((t) => t.roleColumns.unit !== undefined && t.roleColumns.name === undefined) ??
      rosters.find((t) => t.roleColumns.unit !== undefined) ??
      null
    );
  }
  if (table.kind === "receipt") {
    return (
      rosters.find((t) => t.roleColumns.unit !== undefined && t.roleColumns.name === undefined) ??
      rosters.find((t) => t.roleColumns.unit !== undefined) ??
      null
    );
  }
  return null;
}

function locate(ref: CellRef, current: RegisterTable): { table: RegisterTable; cell: string; row: number } {
  const table = ref.table ?? current;
  const rowIndex = typeof ref.row === "number" ? ref.row : ref.row.index;
  const col = typeof ref.row === "number" ? ref.col : ref.row.offset + ref.col;
  return { table, cell: addressOf(table, rowIndex, col), row: sheetRowOf(table, rowIndex) };
}

function relatedAddress(ref: CellRef, current: RegisterTable, findingTable: RegisterTable): string {
  const at = locate(ref, current);
  return at.table === findingTable ? at.cell : `'${at.table.sheet}'!${at.cell}`;
}

function cellBefore(ref: CellRef): string {
  const row = typeof ref.row === "number" ? null : ref.row;
  const value = row ? row.cells[ref.col] : null;
  return value === null || value === undefined ? "" : String(value);
}

function usesMeetingStart(kind: RegisterKind | null): boolean {
  return kind === "signin" || kind === "receipt";
}
