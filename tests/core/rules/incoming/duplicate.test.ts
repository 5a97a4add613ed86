import rule from "../../../../src/core/rules/incoming/duplicate";
import { testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: [
    { name: "two numbers", grids: [incoming([doc(), doc({ seq: 2, number: "市应急发〔2026〕46号" })])] },
    { name: "same number, other sender", grids: [incoming([doc(), doc({ seq: 2, from: "市财政局" })])] },
  ],
  invalid: [
    {
      name: "registered twice",
      grids: [incoming([doc(), doc({ seq: 2 })])],
      findings: [
        {
          messageId: "duplicate",
          data: { from: "市应急管理局", number: "市应急发〔2026〕45号", first: 2 },
          cell: "D3",
          related: ["D2"],
          message: /市应急管理局 的 市应急发〔2026〕45号 重复登记，第一次在第 2 行/,
        },
      ],
    },
    {
      name: "registered twice in two spellings",
      grids: [incoming([doc(), doc({ seq: 2, number: "市应急发[2026]45号" })])],
      findings: [
        { messageId: "duplicate", data: { from: "市应急管理局", number: "市应急发[2026]45号", first: 2 }, cell: "D3" },
      ],
    },
  ],
});
