import { type Finding, type RuleMeta, formatMessage } from "../../src/core/rules/finding";
import type { FindingOf } from "../../src/core/rules/rule-finding";

/** What a test table may say a finding of rule `Rule` said: one of its messages, with that message's data. */
export type Said<Rule> =
  FindingOf<Rule> extends infer F
    ? F extends Finding
      ? { messageId?: F["messageId"]; data?: F["data"] }
      : never
    : never;

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/**
 * Every finding, whatever the table expects: one of the rule's messages, made from its data alone, and data that
 * holds exactly that message's placeholders and the facts the meta declares, of their types — what consumers read
 * instead of the message. A finding that says its fix is in the message names it.
 */
export function expectSaidFromData(meta: RuleMeta, finding: Finding): void {
  expect(Object.keys(meta.messages)).toContain(finding.messageId);
  const template = meta.messages[finding.messageId];
  expect(finding.message).toBe(formatMessage(template, finding.data));
  const more = meta.data ?? {};
  expect(Object.keys(finding.data).sort()).toEqual(
    [...new Set([...placeholders(template), ...Object.keys(more)])].sort(),
  );
  for (const [key, type] of Object.entries(more)) expect(typeof finding.data[key]).toBe(type);
  if (finding.fixInMessage) expect(finding.message).toContain(finding.fix?.after);
}

/** The messageId and data a table expects of one finding, where it says them. */
export function expectSaid(expected: { messageId?: string; data?: unknown }, finding: Finding): void {
  if (expected.messageId !== undefined) expect(finding.messageId).toBe(expected.messageId);
  if (expected.data !== undefined) expect(finding.data).toEqual(expected.data);
}

/**
 * What a table's invalid cases made the rule say: `record` each case's findings against what the case expects,
 * then `test` (registered after the cases) that together they say each of the rule's messages, each pinned
 * somewhere by its messageId and data — nothing is claimed when only some cases ran (`-t`).
 */
export function messagesSaid() {
  const said = new Set<string>();
  const pinned = new Set<string>();
  let ran = 0;
  return {
    record(findings: Finding[], expected: { messageId?: string; data?: unknown }[]) {
      ran++;
      for (const f of findings) said.add(f.messageId);
      for (const e of expected) if (e.messageId !== undefined && e.data !== undefined) pinned.add(e.messageId);
    },
    test(meta: RuleMeta, invalidCases: number) {
      const all = Object.keys(meta.messages).sort();
      it("says each of its messages somewhere in the table, and the table pins each one's data", () => {
        if (ran < invalidCases) return;
        expect([...said].sort()).toEqual(all);
        expect([...pinned].sort()).toEqual(all);
      });
    },
  };
}
