import rule from "../../../../src/core/rules/incoming/no-approval";
import { testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: [
    { name: "办件 signed", grids: [incoming([doc()])] },
    { name: "留档 needs none", grids: [incoming([doc({ category: "留档", sign: null })])] },
  ],
  invalid: [
    {
      name: "办件 unsigned",
      grids: [incoming([doc({ sign: null })])],
      findings: [{ cell: "H2", message: /没有审签/ }],
    },
  ],
});
