import rule from "../../../../src/core/rules/seal/bad-copies";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [3, "3", "3份", "三", "三份", "十二", "３"].map((copies) => ({
    name: String(copies),
    grids: [seal([use({ copies })])],
  })),
  invalid: [0, "零", "若干", "2.5", "-1", "一些"].map((copies) => ({
    name: String(copies),
    grids: [seal([use({ copies })])],
    findings: [{ cell: "E2", messageId: "bad" as const, data: { text: String(copies) }, message: /不是正整数/ }],
  })),
});
