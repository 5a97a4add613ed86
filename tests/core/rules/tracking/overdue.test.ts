import rule from "../../../../src/core/rules/tracking/overdue";
import { testRule } from "../../rule-tester";
import { ON, item, tracking } from "./fixture";

const on = { checkDate: ON };

testRule(rule, {
  valid: [
    { name: "deadline still ahead", grids: [tracking([item({ deadline: "2026-12-15" })])], options: on },
    { name: "due today is not yet overdue", grids: [tracking([item({ deadline: "2026年12月9日" })])], options: on },
    { name: "past but 办结", grids: [tracking([item({ deadline: "2026-11-30", status: "已办结" })])], options: on },
    {
      name: "past, no 状态, but 办理情况 says it is done",
      grids: [tracking([item({ deadline: "2026-11-30", status: null, progress: "已完成，方案已印发" })])],
      options: on,
    },
    { name: "no check date: nothing is counted", grids: [tracking([item({ deadline: "2026-11-30" })])] },
    {
      name: "12月底 in 2026 is not past on 9 December",
      grids: [tracking([item({ deadline: "12月底" })])],
      options: on,
    },
  ],
  invalid: [
    {
      name: "past and 在办",
      grids: [tracking([item({ deadline: "2026-11-30" })])],
      options: on,
      findings: [
        {
          messageId: "overdue",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年11月30日", on: "2026年12月9日" },
          cell: "D3",
          message: /“制定冬季安全生产大检查方案”完成时限 2026年11月30日 已过（检查日 2026年12月9日）/,
        },
      ],
    },
    {
      name: "未完成 is not 完成; an Excel date serial; 11月中旬 read in the title's year",
      grids: [
        tracking([
          item({ deadline: "2026-12-01", status: "未完成" }),
          item({ deadline: 46350 }),
          item({ deadline: "11月中旬", status: "" }),
        ]),
      ],
      options: on,
      findings: [
        {
          messageId: "overdue",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年12月1日", on: "2026年12月9日" },
          cell: "D3",
        },
        {
          messageId: "overdue",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年11月24日", on: "2026年12月9日" },
          cell: "D4",
          message: /2026年11月24日/,
        },
        {
          messageId: "overdue",
          data: { item: "制定冬季安全生产大检查方案", deadline: "2026年11月20日", on: "2026年12月9日" },
          cell: "D5",
          message: /2026年11月20日/,
        },
      ],
    },
  ],
});
