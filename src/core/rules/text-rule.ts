import type { TextCut } from "../document/cut";
import type { WorkCalendar } from "../calendar/work-calendar";
import type { Span } from "../document/span";
import type { Attendance } from "../meeting/attendance";
import type { DocumentKind, KindReading } from "../document/kind";
import type { ElementPresence } from "../meeting/elements";
import type { CheckOptions } from "./config";
import type { MessageReport, Messages, MoreData, NoMoreData, RuleMeta, Severity } from "./finding";

export type { DocumentKind } from "../document/kind";

/** The kind a text was checked as: `unsure` where neither title nor structure told, and the user chose none. */
export type CheckedKind = DocumentKind | "unsure";

export const DOCUMENT_KIND_LABELS: Record<CheckedKind, string> = {
  notice: "会议通知",
  minutes: "会议纪要",
  unsure: "类型未定",
};

/** A fault of the text: one of the rule's messages with its data, and where. */
export type TextReport<M extends Messages = Messages, More extends MoreData = MoreData> = MessageReport<M, More> & {
  /** Where the fault is; absent for something missing from the whole document. */
  at?: Span;
  /** For something missing: the paragraph it would follow. */
  belongsAfter?: number | null;
  /** The corrected text of the span, for a fixable rule. */
  fix?: string;
  /** A milder grade for this finding than the rule's (minutes/late: info after 2 days, warning after 4). */
  severity?: Severity;
};

export interface TextRuleContext<Doc, M extends Messages = Messages, More extends MoreData = MoreData> {
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
  report(report: TextReport<M, More>): void;
}

export interface TextRule<
  Doc,
  Id extends string = string,
  M extends Messages = Messages,
  More extends MoreData = MoreData,
> {
  kind: "text";
  meta: RuleMeta<Id, M, More>;
  check(ctx: TextRuleContext<Doc, M, More>): void;
}

/** A rule about a document's text, read as `Doc`: its id and messages kept as written, so its data is typed. */
export function defineTextRule<
  Doc,
  const Id extends string,
  const M extends Messages,
  const More extends MoreData = NoMoreData,
>(rule: Omit<TextRule<Doc, Id, M, More>, "kind">): TextRule<Doc, Id, M, More> {
  return { kind: "text", ...rule };
}
