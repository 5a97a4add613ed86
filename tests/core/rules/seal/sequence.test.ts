import rule from "../../../../src/core/rules/seal/sequence";
import { SEAL_HEADER, sheet, testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [
    { name: "1 2 3", grids: [seal([use({ seq: 1 }), use({ seq: 2 }), use({ seq: 3 })])] },
    {
      name: "a second ledger lower on the sheet, under its own title and header, numbers from 1 again",
      grids: [
        sheet("用印登记", [
          SEAL_HEADER,
          [1, "2025-12-29", "公章", "年终总结", 1, "张三", "当面", null, "李四"],
          [2, "2025-12-30", "公章", "请示", 1, "张三", "当面", null, "李四"],
          ["2026年用印登记", null, null, null, null, null, null, null, null],
          SEAL_HEADER,
          [1, "2026-01-05", "公章", "函", 2, "张三", "当面", null, "李四"],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "skip",
      grids: [seal([use({ seq: 1 }), use({ seq: 3 })])],
      findings: [{ messageId: "skip", data: { n: "3", expected: "2" }, cell: "A3", message: /序号 3 跳号/ }],
    },
    {
      name: "repeat",
      grids: [seal([use({ seq: 1 }), use({ seq: 1 })])],
      findings: [{ messageId: "repeat", data: { n: "1" }, cell: "A3", message: /序号 1 重复/ }],
    },
  ],
});
