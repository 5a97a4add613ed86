import type { RuleMeta } from "./finding";

/** Each rule's Chinese name: its description without the parenthetical detail (the pane's filter, the report). */
export function ruleNamesOf(rules: readonly { meta: RuleMeta }[]): Record<string, string> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.description.replace(/（[^）]*）$/, "")]));
}
