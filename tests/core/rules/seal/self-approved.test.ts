import rule from "../../../../src/core/rules/seal/self-approved";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [{ name: "two people", grids: [seal([use()])] }],
  invalid: [
    {
      name: "same person",
      grids: [seal([use({ approver: "陈科长", handler: "陈科长" })])],
      findings: [{ cell: "F2", message: /陈科长 既是经办人又是审批人/ }],
    },
    {
      name: "same person, spaced",
      grids: [seal([use({ approver: "陈 明", handler: "陈明" })])],
      findings: [{ cell: "F2" }],
    },
  ],
});
