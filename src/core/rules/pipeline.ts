import { matchKey } from "../text/normalize";
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

/** The rules to run: those the user has not turned off. */
export function activeRules<Rule extends { meta: RuleMeta }>(rules: readonly Rule[], options: CheckOptions): Rule[] {
  return rules.filter((rule) => options.rules[rule.meta.id] !== "off");
}

/** The severity the user configured for the rule, or the report's own, or the rule's. */
export function severityOf(report: Report, options: CheckOptions): Severity {
  const configured = options.rules[report.rule.id];
  return configured && configured !== "off" ? configured : (report.severity ?? report.rule.severity);
}

/** What a rule says in a report, whatever it is about: which message, its data, a milder grade it chose. */
export type Said = Pick<Report, "messageId" | "data" | "severity">;

/** A rule's report, once its runner has placed it (the place, and the fix in the runner's terms), as a finding. */
export function findingOf(
  rule: RuleMeta,
  said: Said,
  placed: Pick<Report, "place" | "fix">,
  options: CheckOptions,
): Finding {
  return toFinding({ rule, messageId: said.messageId, data: said.data, severity: said.severity, ...placed }, options);
}

function toFinding(report: Report, options: CheckOptions): Finding {
  const { rule, messageId } = report;
  const data = report.data ?? {};
  return {
    ruleId: rule.id,
    messageId,
    severity: severityOf(report, options),
    message: formatMessage(rule.messages[messageId], data),
    place: report.place,
    data,
    fix: report.fix,
    ...(report.fix && rule.fixInMessage?.[messageId] ? { fixInMessage: true as const } : {}),
    ...(rule.reveal ? { reveal: rule.reveal } : {}),
    ...(rule.element && typeof data.element === "string" ? { element: data.element } : {}),
  };
}

/**
 * Where two rules state one fact of one person, only the more specific is kept: [kept, dropped]. A pre-printed name
 * nobody signed for is 签名为空 (it points at the empty 签名 cell), not also 未签到也未请假.
 */
export const MORE_SPECIFIC: readonly (readonly [string, string])[] = [["signin/unsigned", "signin/absent"]];

/** The person a finding is about, from its data (name, and unit where written); null when it names nobody. */
function personOf(finding: Finding): { name: string; unit: string } | null {
  const { name, unit } = finding.data;
  if (typeof name !== "string" || name === "") return null;
  return { name: matchKey(name), unit: typeof unit === "string" && unit !== "未填单位" ? matchKey(unit) : "" };
}

function samePerson(a: { name: string; unit: string }, b: { name: string; unit: string }): boolean {
  return a.name === b.name && (!a.unit || !b.unit || a.unit.includes(b.unit) || b.unit.includes(a.unit));
}

/** The findings without those a more specific finding about the same person says already (MORE_SPECIFIC). */
function mostSpecific(findings: Finding[]): Finding[] {
  const dropped = new Set<Finding>();
  for (const [kept, general] of MORE_SPECIFIC) {
    // By name: a sheet of 100,000 unsigned rows is no quadratic search.
    const said = new Map<string, { name: string; unit: string }[]>();
    for (const f of findings) {
      const person = f.ruleId === kept ? personOf(f) : null;
      if (person) said.set(person.name, [...(said.get(person.name) ?? []), person]);
    }
    if (said.size === 0) continue;
    for (const f of findings) {
      if (f.ruleId !== general) continue;
      const person = personOf(f);
      if (person && said.get(person.name)?.some((p) => samePerson(p, person))) dropped.add(f);
    }
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}

/**
 * The last steps every finding list goes through: one finding per rule, place and message, the most specific of
 * several about one person, in order: by `section` (the sheet, or the file, a finding is in) and then by place.
 */
export function settle(findings: Finding[], section: (finding: Finding) => number = () => 0): Finding[] {
  const seen = new Set<string>();
  const unique = mostSpecific(findings).filter((f) => {
    const key = `${f.ruleId}\u0000${JSON.stringify(f.place)}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => section(a) - section(b) || compareByPlace(a, b));
}
