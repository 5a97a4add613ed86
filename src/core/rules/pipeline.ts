import type { CheckOptions } from "./config";
import {
  type Finding,
  type FindingData,
  type Fix,
  type Place,
  type RuleMeta,
  type Severity,
  compareByPlace,
  formatMessage,
} from "./finding";

/** What a runner knows of one report: the rule, its message and data, the place it resolved. */
export interface Report {
  rule: RuleMeta;
  messageId: string;
  data?: FindingData;
  place: Place;
  fix: Fix | null;
  /** A milder grade the rule chose for this one finding. */
  severity?: Severity;
}

/** The severity the user configured for the rule, or the report's own, or the rule's. */
export function severityOf(report: Report, options: CheckOptions): Severity {
  const configured = options.rules[report.rule.id];
  return configured && configured !== "off" ? configured : (report.severity ?? report.rule.severity);
}

export function toFinding(report: Report, options: CheckOptions): Finding {
  const data = report.data ?? {};
  return {
    ruleId: report.rule.id,
    severity: severityOf(report, options),
    message: formatMessage(report.rule.messages[report.messageId], data),
    place: report.place,
    data,
    fix: report.fix,
  };
}

/** The last steps every finding list goes through: one finding per rule, place and message, in place order. */
export function settle(findings: Finding[], compare: (a: Finding, b: Finding) => number = compareByPlace): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.ruleId}\u0000${JSON.stringify(f.place)}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(compare);
}
