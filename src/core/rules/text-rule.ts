import type { TextCut } from "../document/cut";
import type { WorkCalendar } from "../calendar/work-calendar";
import type { Span } from "../document/span";
import type { Attendance } from "../meeting/attendance";
import type { DocumentKind, KindReading } from "../document/kind";
import type { ElementPresence } from "../meeting/elements";
import type { CheckOptions } from "./config";
import type { RuleMeta, Severity } from "./finding";

export type { DocumentKind } from "../document/kind";

/** The kind a text was checked as: `unsure` where neither title nor structure told, and the user chose none. */
export type CheckedKind = DocumentKind | "unsure";

export const DOCUMENT_KIND_LABELS: Record<CheckedKind, string> = {
  notice: "会议通知",
  minutes: "会议纪要",
  unsure: "类型未定",
};

export interface TextReport<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Where the fault is; absent for something missing from the whole document. */
  at?: Span;
  /** For something missing: the paragraph it would follow. */
  belongsAfter?: number | null;
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
  /**
   * How the kind was read, whether the user chose it, and whether the text came from a form (whose
   * structure is known, so every missing element is reported by name).
   */
  reading: KindReading & { chosen: boolean; fromForm: boolean };
  /** The required elements of the kind read, found or not (empty when the kind is unsure). */
  elements: ElementPresence[];
  /** Where the text breaks off before its end, if it does: what would stand after it is not reported missing. */
  cut: TextCut | null;
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
