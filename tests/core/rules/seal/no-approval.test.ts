import rule from "../../../../src/core/rules/seal/no-approval";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [{ name: "approved", grids: [seal([use()])] }],
  invalid: [
    {
      name: "no approver",
      grids: [seal([use({ approver: null })])],
      findings: [
        {
          messageId: "none",
          data: { reason: "报送检查情况报告" },
          cell: "F2",
          message: /“报送检查情况报告”用印没有审批人/,
        },
      ],
    },
  ],
});
