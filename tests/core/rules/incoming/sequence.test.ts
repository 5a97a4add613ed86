import rule from "../../../../src/core/rules/incoming/sequence";
import { testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

const seqs = (...seqs: (string | number)[]) => [
  incoming(seqs.map((seq, i) => doc({ seq, number: `市发〔2026〕${i + 1}号` }))),
];

testRule(rule, {
  valid: [
    { name: "1 2 3", grids: seqs(1, 2, 3) },
    { name: "2026-001 2026-002", grids: seqs("2026-001", "2026-002") },
    { name: "a new year restarts", grids: seqs("2025-120", "2026-001", "2026-002") },
  ],
  invalid: [
    {
      name: "skip",
      grids: seqs(1, 2, 4),
      findings: [
        { messageId: "skip", data: { n: "4", expected: "3" }, cell: "A4", message: /编号 4 跳号，上一行之后应为 3/ },
      ],
    },
    {
      name: "repeat",
      grids: seqs("2026-101", "2026-102", "2026-102"),
      findings: [{ messageId: "repeat", data: { n: "2026-102" }, cell: "A4", related: ["A3"], message: /重复/ }],
    },
    {
      name: "padded skip",
      grids: seqs("2026-009", "2026-011"),
      findings: [
        { messageId: "skip", data: { n: "2026-011", expected: "2026-010" }, cell: "A3", message: /应为 2026-010/ },
      ],
    },
  ],
});
