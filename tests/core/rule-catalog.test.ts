import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { REPLY_RULES } from "../../src/core/rules/reply-registry";
import { ALL_RULE_IDS, RULES } from "../../src/core/rules/rules";
import { DOCUMENT_RULES, KIND_FREE_RULES, MINUTES_RULES, NOTICE_RULES } from "../../src/core/rules/text-registry";

/** The ids of RULES.md §1–5, §8 and §10: a public contract (configurations and reports name them). */
const CATALOG = {
  "table/no-header": "error",
  "table/missing-column": "error",
  "table/empty-required": "error",
  "cell/bad-date": "error",
  "cell/bad-phone": "warning",
  "cell/name-spaces": "info",
  "cell/full-width-digits": "info",
  "cell/formula-error": "warning",
  "signin/duplicate": "error",
  "signin/proxy": "error",
  "signin/shared-phone": "warning",
  "signin/late": "warning",
  "signin/not-invited": "warning",
  "signin/absent": "warning",
  "signin/leave-but-signed": "warning",
  "receipt/unsigned": "error",
  "receipt/unit-missing": "error",
  "receipt/classified-channel": "error",
  "receipt/no-reply": "warning",
  "receipt/signed-before-sent": "error",
  "receipt/signed-after-meeting": "error",
  "receipt/short-notice": "warning",
  "incoming/bad-category": "error",
  "incoming/no-proposal": "error",
  "incoming/no-approval": "error",
  "incoming/doc-number-format": "warning",
  "incoming/duplicate": "warning",
  "incoming/sequence": "warning",
  "seal/no-approval": "error",
  "seal/phone-no-backfill": "error",
  "seal/self-approved": "warning",
  "seal/bad-copies": "error",
  "seal/sequence": "warning",
  "seal/date-order": "warning",
  "materials/unsigned": "error",
  "materials/not-recovered": "error",
  "materials/duplicate-number": "error",
  "materials/missed-person": "warning",
  "seating/missing": "error",
  "seating/duplicate": "error",
  "seating/near-name": "warning",
  "seating/not-on-roster": "warning",
  "seating/rank-order": "warning",
  "notice/missing-element": "error",
  "notice/relative-date": "error",
  "notice/date-no-year": "error",
  "notice/weekday-mismatch": "error",
  "notice/place-imprecise": "warning",
  "notice/bad-phone": "warning",
  "notice/short-notice": "warning",
  "notice/non-workday": "warning",
  "notice/reply-after-meeting": "error",
  "notice/classified-channel": "error",
  "notice/doc-number-format": "warning",
  "notice/date-format": "warning",
  "notice/attachment-punctuation": "info",
  "minutes/missing-element": "error",
  "minutes/decision-no-owner": "error",
  "minutes/decision-no-deadline": "error",
  "minutes/late": "warning",
  "minutes/personnel": "warning",
  "minutes/attendance-mismatch": "warning",
  "minutes/no-distribution": "info",
  "document/kind-unsure": "info",
  "document/structure-unrecognised": "warning",
  "reply/missing-unit": "warning",
  "reply/duplicate-person": "error",
  "reply/over-quota": "warning",
  "reply/late": "info",
  "reply/no-contact": "warning",
  "reply/unreadable": "error",
} as const;
const FIXABLE = [
  "cell/name-spaces",
  "cell/full-width-digits",
  "incoming/doc-number-format",
  "notice/doc-number-format",
  "notice/date-format",
  "notice/attachment-punctuation",
];

describe("the rule catalog", () => {
  const all = RULES;
  const byId = new Map(all.map((rule) => [rule.meta.id, rule.meta] as const));

  it.each(Object.entries(CATALOG))("%s exists with severity %s", (id, severity) => {
    expect(byId.get(id)?.severity).toBe(severity);
    expect(byId.get(id)?.fixable).toBe(FIXABLE.includes(id));
  });

  it("has no id twice", () => {
    expect(byId.size).toBe(all.length);
    expect(ALL_RULE_IDS).toEqual([...byId.keys()]);
  });

  it.each(all.map((rule) => [rule.meta.id, rule] as const))(
    "%s is in the RULES.md section its id names",
    (id, rule) => {
      expect(id.split("/")[0]).toBe(rule.meta.group);
      const kindOfGroup =
        rule.meta.group === "reply"
          ? "reply"
          : ["notice", "minutes", "document"].includes(rule.meta.group)
            ? "text"
            : "register";
      expect(rule.kind).toBe(kindOfGroup);
    },
  );

  it("gives each runner the rules of its kind, each once, in the one list's order", () => {
    const ids = (rules: readonly { meta: { id: string } }[]) => rules.map((rule) => rule.meta.id);
    const ofKind = (kind: string) => ids(all.filter((rule) => rule.kind === kind));
    expect(ids(REGISTER_RULES)).toEqual(ofKind("register"));
    expect(ids(REPLY_RULES)).toEqual(ofKind("reply"));
    expect([...ids(DOCUMENT_RULES), ...ids(NOTICE_RULES), ...ids(MINUTES_RULES)].sort()).toEqual(ofKind("text").sort());
    // Where the kind is unsure, only the rules that do not depend on it run: dates, weekdays and phones.
    expect(ids(KIND_FREE_RULES)).toEqual([
      "notice/relative-date",
      "notice/weekday-mismatch",
      "notice/bad-phone",
      "notice/date-format",
    ]);
  });
});
