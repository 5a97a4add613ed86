import { WorkCalendar } from "../calendar/work-calendar";
import { type TextCut, findCut } from "../document/cut";
import { type KindReading, readDocumentKind } from "../document/kind";
import { readableParagraph } from "../document/readable";
import { type WrittenParagraphs, writtenParagraphs } from "../document/written-lines";
import type { Attendance } from "../meeting/attendance";
import { type ElementPresence, beyondCut, minutesElements, noticeElements } from "../meeting/elements";
import { withHints } from "../meeting/element-hints";
import { readMinutes } from "../meeting/read-minutes";
import { readNotice } from "../meeting/read-notice";
import { toSimplifiedAligned } from "../text/simplified";
import { type CheckOptions, DEFAULT_OPTIONS } from "./config";
import type { Finding, Place, TextFix } from "./finding";
import { activeRules, findingOf, settle } from "./pipeline";
import type { CheckedKind, DocumentKind, TextRule, TextRuleContext } from "./text-rule";
import { DOCUMENT_RULES, KIND_FREE_RULES, MINUTES_RULES, NOTICE_RULES } from "./text-registry";

export interface TextCheck {
  kind: CheckedKind;
  /** What the kind was read from, for the user: the title, or the structure's words. */
  evidence: string[];
  findings: Finding[];
  /** Each required element of the kind, found (where, from what) or not: what `--explain` prints. */
  elements: ElementPresence[];
  cut: TextCut | null;
}

export interface TextCheckInput {
  paragraphs: string[];
  /** The kind the user chose; when absent it is read from the text. */
  kind?: DocumentKind;
  options?: CheckOptions;
  attendance?: Attendance | null;
  rules?: readonly TextRule<never>[];
  /** The paragraphs are a form's own blocks: the structure is known. */
  fromForm?: boolean;
}

/**
 * Reads the paragraphs as a notice or minutes (pinyin glosses left by web converters dropped, traditional
 * script through simplified conversion, every offset still pointing into the original text) and runs that kind's rules. Where the kind is
 * unsure, only the rules that do not depend on it run.
 */
export function checkDocument({
  paragraphs,
  kind,
  options = DEFAULT_OPTIONS,
  attendance = null,
  rules,
  fromForm = false,
}: TextCheckInput): TextCheck {
  // Form blocks are the paragraphs as written; a document's lines may be a PDF's or a web page's.
  const written = fromForm ? null : writtenParagraphs(paragraphs);
  const readable = (written?.paragraphs ?? paragraphs).map(readableParagraph);
  const simplified = readable.map((r) => toSimplifiedAligned(r.text));
  const read: KindReading = kind ? { kind, evidence: [] } : readDocumentKind(simplified);
  const reading = { ...read, chosen: !!kind, fromForm };
  const checkedAs: CheckedKind = read.kind ?? "unsure";
  const doc = checkedAs === "minutes" ? readMinutes(simplified) : readNotice(simplified);
  const cut = fromForm ? null : findCut(simplified);
  const found =
    checkedAs === "minutes"
      ? minutesElements(doc as ReturnType<typeof readMinutes>)
      : checkedAs === "notice"
        ? noticeElements(doc as ReturnType<typeof readNotice>)
        : [];
  // A form's blocks are read where they are written: a sign elsewhere is no element.
  const elements: ElementPresence[] = beyondCut(
    fromForm || checkedAs === "unsure" ? found : withHints(found, simplified, checkedAs),
    cut,
  );
  const active = (rules ?? rulesFor(checkedAs)) as readonly TextRule<unknown>[];
  const calendar = new WorkCalendar(options);
  const findings: Finding[] = [];
  for (const rule of activeRules(active, options)) {
    const ctx: TextRuleContext<unknown> = {
      doc,
      paragraphs: simplified,
      options,
      calendar,
      attendance,
      reading,
      elements,
      cut,
      report(report) {
        const at =
          report.at &&
          inLines(
            written,
            report.at.paragraph,
            readable[report.at.paragraph].start(report.at.start),
            readable[report.at.paragraph].end(report.at.end),
          );
        const text = at ? paragraphs[at.paragraph].slice(at.start, at.end) : "";
        const place: Place = at
          ? { kind: "text", paragraph: at.paragraph, start: at.start, end: at.end, text }
          : {
              kind: "document",
              paragraph:
                report.belongsAfter === undefined || report.belongsAfter === null
                  ? null
                  : (written?.lastLine(report.belongsAfter) ?? report.belongsAfter),
            };
        const fix =
          report.fix !== undefined && report.at && at?.whole
            ? inOriginalScript(
                {
                  kind: "text",
                  paragraph: at.paragraph,
                  start: at.start,
                  end: at.end,
                  before: text,
                  after: report.fix,
                },
                simplified[report.at.paragraph].slice(report.at.start, report.at.end),
              )
            : null;
        findings.push(findingOf(rule.meta, report, { place, fix }, options));
      },
    };
    rule.check(ctx);
  }
  return {
    kind: checkedAs,
    evidence: read.evidence,
    findings: settle(findings),
    elements: written ? elements.map((e) => elementInLines(e, written)) : elements,
    cut: cut && written ? cutInLines(cut, written) : cut,
  };
}

/** A range the readers reported, in the user's lines (itself when the lines are the paragraphs). */
function inLines(written: WrittenParagraphs | null, paragraph: number, start: number, end: number) {
  return written ? written.span(paragraph, start, end) : { paragraph, start, end, whole: true };
}

function elementInLines(e: ElementPresence, written: WrittenParagraphs): ElementPresence {
  return {
    ...e,
    belongsAfter: e.belongsAfter === null ? null : written.lastLine(e.belongsAfter),
    ...(e.found && { found: { ...e.found, paragraph: written.firstLine(e.found.paragraph) } }),
    ...(e.hinted && { hinted: { ...e.hinted, paragraph: written.firstLine(e.hinted.paragraph) } }),
  };
}

function cutInLines(cut: TextCut, written: WrittenParagraphs): TextCut {
  const { paragraph, start, end } = written.span(cut.paragraph, cut.start, cut.end);
  return { ...cut, paragraph, start, end };
}

/**
 * A fix written on the simplified reading, put back into the script the user wrote (`,省電力公司` becomes
 * `，省電力公司`, not `，省电力公司`): every word is kept. Where the reading differs from the text in length (a
 * pinyin gloss dropped inside the span), the fix cannot be placed with certainty and is not offered.
 */
function inOriginalScript(fix: TextFix, read: string): TextFix | null {
  if (read === fix.before) return fix;
  if (read.length !== fix.before.length) return null;
  const back = new Map<string, string>();
  for (let i = 0; i < read.length; i++) if (read[i] !== fix.before[i]) back.set(read[i], fix.before[i]);
  return { ...fix, after: Array.from(fix.after, (ch) => back.get(ch) ?? ch).join("") };
}

function rulesFor(kind: CheckedKind): readonly TextRule<never>[] {
  if (kind === "unsure") return [...DOCUMENT_RULES, ...KIND_FREE_RULES] as TextRule<never>[];
  return [...DOCUMENT_RULES, ...(kind === "minutes" ? MINUTES_RULES : NOTICE_RULES)] as TextRule<never>[];
}
