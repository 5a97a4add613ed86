import type { WorkCalendar } from "../calendar/work-calendar";
import type { Span } from "../document/span";
import type { Attendance } from "../meeting/attendance";
import type { CheckOptions } from "./config";
import type { RuleMeta, Severity } from "./finding";

export type DocumentKind = "notice" | "minutes";

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = { notice: "会议通知", minutes: "会议纪要" };

export interface TextReport<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Where the fault is; absent for something missing from the whole document. */
  at?: Span;
  /** The corrected text of the span, for a fixable rule. */
  fix?: string;
  /** A milder grade for this finding than the rule's (minutes/late: info after 2 days, warning after 4). */
  severity?: Severity;
}

export interface TextRuleContext<Doc, MessageId extends string = string> {
  doc: Doc;
  paragraphs: string[];
  options: CheckOptions;
  calendar: WorkCalendar;
  /** The sign-in sheet's attendance, when the user gave one (minutes/attendance-mismatch). */
  attendance: Attendance | null;
  report(report: TextReport<MessageId>): void;
}

export interface TextRule<Doc, MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(ctx: TextRuleContext<Doc, MessageId>): void;
}

export function defineTextRule<Doc, MessageId extends string>(
  rule: TextRule<Doc, MessageId>,
): TextRule<Doc, MessageId> {
  return rule;
}
