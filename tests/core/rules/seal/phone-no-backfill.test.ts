import rule from "../../../../src/core/rules/seal/phone-no-backfill";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [
    { name: "in writing", grids: [seal([use()])] },
    { name: "by phone, signed afterwards", grids: [seal([use({ method: "电话", backfill: "11月3日已补签" })])] },
  ],
  invalid: [
    {
      name: "by phone, no backfill",
      grids: [seal([use({ method: "电话" })])],
      findings: [
        {
          messageId: "noBackfill",
          data: { reason: "报送检查情况报告" },
          cell: "H2",
          message: /经电话请示用印，尚无主任补签/,
        },
      ],
    },
    {
      name: "by phone, 未补签",
      grids: [seal([use({ method: "电话请示", backfill: "未补签" })])],
      findings: [{ messageId: "noBackfill", data: { reason: "报送检查情况报告" }, cell: "H2" }],
    },
    {
      name: "电话 written in the approver cell",
      grids: [seal([use({ approver: "李主任（电话）", method: null })])],
      findings: [{ messageId: "noBackfill", data: { reason: "报送检查情况报告" }, cell: "H2" }],
    },
  ],
});
