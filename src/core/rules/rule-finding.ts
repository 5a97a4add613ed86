import type { Finding, ReportData, RuleMeta } from "./finding";
import type { AnyRule, RuleId } from "./rules";

/** The findings of one rule: one shape per message, each with that message's data typed. */
export type FindingOf<Rule> = Rule extends { meta: RuleMeta<infer Id, infer M, infer More> }
  ? { [K in keyof M & string]: Finding<ReportData<M[K], More>> & { ruleId: Id; messageId: K } }[keyof M & string]
  : never;

/** Any rule's finding, told apart by `ruleId` and, within a rule, by `messageId`. */
export type RuleFinding = FindingOf<AnyRule>;

/**
 * The finding as a finding of rule `id`, its data typed (`findingOf(f, "signin/late")?.data.time`); null when
 * another rule made it. Types only are imported here: a view that reads findings does not load the rules.
 */
export function findingOf<Id extends RuleId>(finding: Finding, id: Id): Extract<RuleFinding, { ruleId: Id }> | null {
  return finding.ruleId === id ? (finding as Extract<RuleFinding, { ruleId: Id }>) : null;
}
