import rule from "../../../../src/core/rules/tracking/due-soon";
import { testRule } from "../../rule-tester";
import { ON, item, tracking } from "./fixture";

const on = { checkDate: ON };

testRule(rule, {
  valid: [
    { name: "four working days ahead", grids: [tracking([item({ deadline: "2026-12-15" })])], options: on },
    { name: "due soon but 办结", grids: [tracking([item({ deadline: "2026-12-11", status: "办结" })])], options: on },
    { name: "already past: that is overdue", grids: [tracking([item({ deadline: "2026-12-01" })])], options: on },
    {
      name: "a wider window is a setting",
      grids: [tracking([item({ deadline: "2026-12-18" })])],
      options: { ...on, dueSoonDays: 2 },
    },
  ],
  invalid: [
    {
      name: "Friday is two working days after Wednesday; Monday three",
      grids: [tracking([item({ deadline: "2026-12-11" }), item({ deadline: "2026-12-14" })])],
      options: on,
      findings: [
        {
          messageId: "dueSoon",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年12月11日", days: 2 },
          cell: "D3",
          message: /还有 2 个工作日/,
        },
        {
          messageId: "dueSoon",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年12月14日", days: 3 },
          cell: "D4",
          message: /还有 3 个工作日/,
        },
      ],
    },
    {
      name: "due today",
      grids: [tracking([item({ deadline: "2026-12-09" })])],
      options: on,
      findings: [
        {
          messageId: "dueToday",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年12月9日" },
          cell: "D3",
          message: /今天（2026年12月9日）到期/,
        },
      ],
    },
    {
      name: "the 国庆 holiday is not counted: from 30 September, 9 October is 2 working days away",
      grids: [tracking([item({ deadline: "2026-10-09" })])],
      options: { checkDate: { year: 2026, month: 9, day: 30 } },
      findings: [
        {
          messageId: "dueSoon",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年10月9日", days: 2 },
          cell: "D3",
          message: /还有 2 个工作日/,
        },
      ],
    },
  ],
});
