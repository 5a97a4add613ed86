import type { WorkCalendar } from "../calendar/work-calendar";
import type { RegisterKind } from "../table/kinds";
import type { DataRow, RegisterTable } from "../table/register-table";
import type { DateTime, LocalDate } from "../text/dates";
import type { CheckOptions } from "./config";
import type { RuleMeta, Severity } from "./finding";

/** A place in some register: the table (default: the one being checked), a grid row and column. */
export interface CellRef {
  table?: RegisterTable;
  row: DataRow | number;
  col: number;
}

export interface RegisterReport<MessageId extends string> extends CellRef {
  messageId: MessageId;
  data?: Record<string, string | number>;
  related?: CellRef[];
  /** The cell's corrected text, for a fixable rule. */
  fix?: string;
  /** A milder grade for this one finding (a sheet that is plainly no register gets no-header as info). */
  severity?: Severity;
}

/** The registers of one workbook and how they pair up. */
export interface WorkbookModel {
  tables: RegisterTable[];
}

export interface RegisterRuleContext<MessageId extends string = string> {
  table: RegisterTable;
  workbook: WorkbookModel;
  /** The roster this register is checked against: people for a sign-in sheet, units for a receipt register. */
  roster: RegisterTable | null;
  /** Meeting start from the sheet, or given by the user; null when unknown. */
  meetingStart: (DateTime & { date: LocalDate }) | null;
  options: CheckOptions;
  calendar: WorkCalendar;
  /** Work shared by several rules of one table (the attendance analysis), computed once. */
  memo<T>(key: string, compute: () => T): T;
  report(report: RegisterReport<MessageId>): void;
}

export interface RegisterRule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  /** The register kinds it checks; "any" for the reading rules. */
  kinds: readonly RegisterKind[] | "any";
  check(ctx: RegisterRuleContext<MessageId>): void;
}

export function defineRegisterRule<MessageId extends string>(rule: RegisterRule<MessageId>): RegisterRule<MessageId> {
  return rule;
}
