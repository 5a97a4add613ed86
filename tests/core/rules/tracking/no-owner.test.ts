import rule from "../../../../src/core/rules/tracking/no-owner";
import { testRule } from "../../rule-tester";
import { item, tracking } from "./fixture";

testRule(rule, {
  valid: [
    { name: "one unit", grids: [tracking([item()])] },
    { name: "lead and partners", grids: [tracking([item({ owner: "县财政局牵头，县审计局配合" })])] },
    { name: "several named units", grids: [tracking([item({ owner: "县住建局、县自然资源局" })])] },
  ],
  invalid: [
    {
      name: "empty",
      grids: [tracking([item({ owner: null })])],
      findings: [
        {
          messageId: "none",
          data: { item: "制定冬季安全生产大检查方案" },
          cell: "C3",
          message: /“制定冬季安全生产大检查方案”没有责任单位/,
        },
      ],
    },
    {
      name: "everyone is no one",
      grids: [tracking([item({ owner: "各部门" }), item({ owner: "有关单位" }), item({ owner: "各乡镇单位" })])],
      findings: [
        {
          messageId: "everyone",
          data: { item: "制定冬季安全生产大检查方案", owner: "各部门" },
          cell: "C3",
          message: /“各部门”没有落到具体单位/,
        },
        { messageId: "everyone", data: { item: "制定冬季安全生产大检查方案", owner: "有关单位" }, cell: "C4" },
        { messageId: "everyone", data: { item: "制定冬季安全生产大检查方案", owner: "各乡镇单位" }, cell: "C5" },
      ],
    },
  ],
});
