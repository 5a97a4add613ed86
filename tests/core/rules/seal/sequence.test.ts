import rule from "../../../../src/core/rules/seal/sequence";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [{ name: "1 2 3", grids: [seal([use({ seq: 1 }), use({ seq: 2 }), use({ seq: 3 })])] }],
  invalid: [
    {
      name: "skip",
      grids: [seal([use({ seq: 1 }), use({ seq: 3 })])],
      findings: [{ cell: "A3", message: /序号 3 跳号/ }],
    },
    {
      name: "repeat",
      grids: [seal([use({ seq: 1 }), use({ seq: 1 })])],
      findings: [{ cell: "A3", message: /序号 1 重复/ }],
    },
  ],
});
