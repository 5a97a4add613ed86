import rule from "../../../../src/core/rules/tracking/no-deadline";
import { testRule } from "../../rule-tester";
import { item, tracking } from "./fixture";

testRule(rule, {
  valid: [
    {
      name: "dates and parts of a month, quarter or year",
      grids: [
        tracking(
          ["2026-12-15", "2026年12月31日前", "12月底", "12月下旬", "2027年6月", "年底前", "第三季度", 46350].map(
            (deadline) => item({ deadline }),
          ),
        ),
      ],
    },
  ],
  invalid: [
    {
      name: "empty",
      grids: [tracking([item({ deadline: null })])],
      findings: [
        { messageId: "none", data: { item: "制定冬季安全生产大检查方案" }, cell: "D3", message: /没有完成时限/ },
      ],
    },
    {
      name: "words that set no day",
      grids: [tracking(["尽快", "近期", "长期坚持", "持续推进"].map((deadline) => item({ deadline })))],
      findings: [
        {
          messageId: "vague",
          data: { item: "制定冬季安全生产大检查方案", text: "尽快" },
          cell: "D3",
          message: /完成时限“尽快”不是具体日期/,
        },
        { messageId: "vague", data: { item: "制定冬季安全生产大检查方案", text: "近期" }, cell: "D4" },
        { messageId: "vague", data: { item: "制定冬季安全生产大检查方案", text: "长期坚持" }, cell: "D5" },
        { messageId: "vague", data: { item: "制定冬季安全生产大检查方案", text: "持续推进" }, cell: "D6" },
      ],
    },
    {
      name: "12月底 with no year anywhere",
      grids: [tracking([item({ deadline: "12月底" })], "议定事项督办台账")],
      findings: [
        {
          messageId: "vague",
          data: { item: "制定冬季安全生产大检查方案", text: "12月底" },
          cell: "D3",
          message: /“12月底”不是具体日期/,
        },
      ],
    },
  ],
});
