import { REGISTER_RULES } from "../../src/core/rules/register-registry";

/** The ids of RULES.md §1–5: a public contract (configurations and reports name them). */
const CATALOG = {
  "table/no-header": "error",
  "table/missing-column": "error",
  "table/empty-required": "error",
  "cell/bad-date": "error",
  "cell/bad-phone": "warning",
  "cell/name-spaces": "info",
  "cell/full-width-digits": "info",
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
} as const;
const FIXABLE = ["cell/name-spaces", "cell/full-width-digits", "incoming/doc-number-format"];

describe("the register rule catalog", () => {
  const byId = new Map(REGISTER_RULES.map((rule) => [rule.meta.id, rule]));

  it.each(Object.entries(CATALOG))("%s exists with severity %s", (id, severity) => {
    expect(byId.get(id)?.meta.severity).toBe(severity);
    expect(byId.get(id)?.meta.fixable).toBe(FIXABLE.includes(id));
  });

  it("has no id twice", () => {
    expect(byId.size).toBe(REGISTER_RULES.length);
  });
});
