import { spanOf } from "../../src/core/rules/finding";
import type { DocumentKind } from "../../src/core/rules/text-rule";
import { type CheckOptions, DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { checkDocument } from "../../src/core/rules/run-text";
import type { TextRule } from "../../src/core/rules/text-rule";
import type { Attendance } from "../../src/core/meeting/attendance";
import { GOOD_MINUTES } from "../../src/samples/minutes";
import { GOOD_NOTICE } from "../../src/samples/notices";
import { type Said, expectSaid, expectSaidFromData, messagesSaid } from "./rule-said";

export interface TextCase {
  name: string;
  text: string;
  options?: Partial<CheckOptions>;
  attendance?: Attendance;
}
export type ExpectedTextFinding<Rule = TextRule<never>> = Said<Rule> & {
  /** 0-based paragraph, or null for something missing from the whole document. */
  paragraph: number | null;
  text?: string;
  message?: RegExp;
  fix?: string;
  severity?: string;
};

/** The good notice with one edit: `notice("12月3日", "12月3日")`. */
export const notice = (find?: string | RegExp, replace = ""): string =>
  find === undefined ? GOOD_NOTICE : edit(GOOD_NOTICE, find, replace);
export const minutes = (find?: string | RegExp, replace = ""): string =>
  find === undefined ? GOOD_MINUTES : edit(GOOD_MINUTES, find, replace);

function edit(text: string, find: string | RegExp, replace: string): string {
  const edited = text.replace(find, replace);
  if (edited === text && find !== replace) throw new Error(`fixture edit did not apply: ${find}`);
  return edited;
}

/** Notice and minutes rules read their own kind; document rules read the text as it comes. */
function kindOfRule(rule: TextRule<never>): DocumentKind | undefined {
  const { group } = rule.meta;
  return group === "notice" || group === "minutes" ? group : undefined;
}

export function textFindings(rule: TextRule<never>, c: TextCase) {
  const { findings } = checkDocument({
    paragraphs: c.text.split("\n"),
    options: { ...DEFAULT_OPTIONS, ...c.options },
    attendance: c.attendance ?? null,
    rules: [rule],
    kind: kindOfRule(rule),
  });
  return findings;
}

export function testTextRule<Rule extends TextRule<never>>(
  rule: Rule,
  cases: { valid: TextCase[]; invalid: (TextCase & { findings: ExpectedTextFinding<Rule>[] })[] },
): void {
  describe(rule.meta.id, () => {
    const said = messagesSaid();
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      expect(textFindings(rule, c).map((f) => f.message)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const found = textFindings(rule, c);
      // The table's own types are checked where it is written; here any rule's expectation is read.
      const expectations = c.findings as unknown as ExpectedTextFinding[];
      said.record(found, expectations);
      expect(found.map((f) => spanOf(f)?.paragraph ?? null)).toEqual(expectations.map((f) => f.paragraph));
      const paragraphs = c.text.split("\n");
      found.forEach((finding, i) => {
        const expected = expectations[i];
        expect(finding.severity).toBe(expected.severity ?? rule.meta.severity);
        expect(finding.message).not.toMatch(/\{\w+\}/);
        expectSaidFromData(rule.meta, finding);
        expectSaid(expected, finding);
        const span = spanOf(finding);
        if (span) expect(paragraphs[span.paragraph].slice(span.start, span.end)).toBe(span.text);
        if (expected.text !== undefined) expect(span?.text).toBe(expected.text);
        if (expected.message) expect(finding.message).toMatch(expected.message);
        if (expected.fix !== undefined)
          expect(finding.fix).toMatchObject({ kind: "text", after: expected.fix, before: span?.text });
        else expect(finding.fix).toBeNull();
      });
    });
    said.test(rule.meta, cases.invalid.length);
  });
}
