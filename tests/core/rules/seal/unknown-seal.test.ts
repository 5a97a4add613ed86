import rule from "../../../../src/core/rules/seal/unknown-seal";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [
    { name: "no list configured", grids: [seal([use({ name: "合同专用章" })])] },
    { name: "a known seal", grids: [seal([use()])], options: { sealNames: ["单位公章", "财务专用章"] } },
  ],
  invalid: [
    {
      name: "a seal the office does not keep",
      grids: [seal([use({ name: "合同专用章" })])],
      options: { sealNames: ["单位公章", "财务专用章"] },
      findings: [
        {
          cell: "C2",
          messageId: "unknown",
          data: { name: "合同专用章", known: "单位公章、财务专用章" },
          message: /“合同专用章”不在本单位登记的印章/,
        },
      ],
    },
  ],
});
