import rule from "../../../../src/core/rules/seal/date-order";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

const dates = (...dates: (string | number)[]) => [seal(dates.map((date, i) => use({ seq: i + 1, date })))];

testRule(rule, {
  valid: [
    { name: "in order", grids: dates("2026-11-02", "2026-11-02", "2026-11-05") },
    { name: "mixed forms in order", grids: dates("2026/11/2", "2026年11月3日", 46334) },
  ],
  invalid: [
    {
      name: "a row dated before the one above",
      grids: dates("2026-11-02", "2026-11-05", "2026-11-04"),
      findings: [
        {
          messageId: "earlier",
          data: { date: "2026年11月4日", previous: "2026年11月5日" },
          cell: "B4",
          message: /2026年11月4日 早于上一行的 2026年11月5日/,
        },
      ],
    },
  ],
});
