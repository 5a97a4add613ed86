import type { WorkCalendar } from "../calendar/work-calendar";
import type { RegisterKind } from "../table/kinds";
import type { DataRow, RegisterTable } from "../table/register-table";
import type { DateTime, LocalDate } from "../text/dates";
import type { CheckOptions } from "./config";
import type { MessageReport, Messages, MoreData, NoMoreData, RuleMeta, Severity } from "./finding";

/** A place in some register: the table (default: the one being checked), a grid row and column. */
export interface CellRef {
  table?: RegisterTable;
  row: DataRow | number;
  col: number;
}

/** A cell's fault: one of the rule's messages with its data, where, and what explains it. */
export type RegisterReport<M extends Messages = Messages, More extends MoreData = MoreData> = CellRef &
  MessageReport<M, More> & {
    related?: CellRef[];
    /** The cell's corrected text, for a fixable rule. */
    fix?: string;
    /** A milder grade for this one finding (a sheet that is plainly no register gets no-header as info). */
    severity?: Severity;
  };

/** The registers of one workbook and how they pair up. */
export interface WorkbookModel {
  tables: RegisterTable[];
}

export interface RegisterRuleContext<M extends Messages = Messages, More extends MoreData = MoreData> {
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
  report(report: RegisterReport<M, More>): void;
}

/** What a rule's helpers read of its context: everything but `report`, whatever the rule's messages. */
export type RuleScope = Omit<RegisterRuleContext, "report">;

export interface RegisterRule<
  Id extends string = string,
  M extends Messages = Messages,
  More extends MoreData = MoreData,
> {
  kind: "register";
  meta: RuleMeta<Id, M, More>;
  /** The register kinds it checks; "any" for the reading rules. */
  kinds: readonly RegisterKind[] | "any";
  check(ctx: RegisterRuleContext<M, More>): void;
}

/** A rule about registers: its id and messages are kept as written, so its findings' data is typed. */
export function defineRegisterRule<
  const Id extends string,
  const M extends Messages,
  const More extends MoreData = NoMoreData,
>(rule: Omit<RegisterRule<Id, M, More>, "kind">): RegisterRule<Id, M, More> {
  return { kind: "register", ...rule };
}
