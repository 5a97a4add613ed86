import { WorkCalendar } from "../calendar/work-calendar";
import type { Attendance } from "../meeting/attendance";
import { readMinutes } from "../meeting/read-minutes";
import { readNotice } from "../meeting/read-notice";
import { type CheckOptions, DEFAULT_OPTIONS } from "./config";
import { type Finding, compareFindings, formatMessage } from "./finding";
import type { DocumentKind, TextRule, TextRuleContext } from "./text-rule";
import { MINUTES_RULES, NOTICE_RULES } from "./text-registry";

export interface TextCheck {
  kind: DocumentKind;
  findings: Finding[];
}

/** 纪要 in the title makes minutes; anything else (通知 …) is read as a notice. */
export function detectDocumentKind(paragraphs: string[]): DocumentKind {
  const head = paragraphs.slice(0, 10).map((p) => p.trim());
  const titled = head.find((p) => /纪要$|通知$/.test(p));
  if (titled) return /纪要$/.test(titled) ? "minutes" : "notice";
  return head.some((p) => p.includes("纪要")) ? "minutes" : "notice";
}

export interface TextCheckInput {
  paragraphs: string[];
  kind?: DocumentKind;
  options?: CheckOptions;
  attendance?: Attendance | null;
  rules?: readonly TextRule<never>[];
}

/** Reads the paragraphs as a notice or minutes and runs that kind's rules. */
export function checkDocument({
  paragraphs,
  kind,
  options = DEFAULT_OPTIONS,
  attendance = null,
  rules,
}: TextCheckInput): TextCheck {
  const documentKind = kind ?? detectDocumentKind(paragraphs);
  const doc = documentKind === "minutes" ? readMinutes(paragraphs) : readNotice(paragraphs);
  const active = (rules ?? (documentKind === "minutes" ? MINUTES_RULES : NOTICE_RULES)) as readonly TextRule<unknown>[];
  const calendar = new WorkCalendar(options);
  const findings: Finding[] = [];
  for (const rule of active) {
    const configured = options.rules[rule.meta.id];
    if (configured === "off") continue;
    const ctx: TextRuleContext<unknown> = {
      doc,
      paragraphs,
      options,
      calendar,
      attendance,
      report(report) {
        const at = report.at;
        const text = at ? paragraphs[at.paragraph].slice(at.start, at.end) : undefined;
        findings.push({
          ruleId: rule.meta.id,
          severity: configured ?? report.severity ?? rule.meta.severity,
          message: formatMessage(rule.meta.messages[report.messageId], report.data),
          ...(at ? { paragraph: at.paragraph, start: at.start, end: at.end, text } : {}),
          fix:
            report.fix !== undefined && at
              ? {
                  kind: "text",
                  paragraph: at.paragraph,
                  start: at.start,
                  end: at.end,
                  before: text ?? "",
                  after: report.fix,
                }
              : null,
        });
      },
    };
    rule.check(ctx);
  }
  findings.sort((a, b) => (a.paragraph ?? -1) - (b.paragraph ?? -1) || compareFindings(a, b));
  return { kind: documentKind, findings };
}
