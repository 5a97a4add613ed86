import rule from "../../../../src/core/rules/incoming/no-proposal";
import { sheet, testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: [
    { name: "办件 with a proposal", grids: [incoming([doc()])] },
    { name: "阅件 needs none", grids: [incoming([doc({ category: "阅件", proposal: null, sign: null })])] },
  ],
  invalid: [
    {
      name: "办件 without",
      grids: [incoming([doc({ proposal: null })])],
      findings: [
        {
          messageId: "blank",
          data: { title: "关于开展冬季安全生产大检查的通知" },
          cell: "G2",
          message: /没有拟办意见/,
        },
      ],
    },
    {
      name: "a register without the column",
      grids: [
        sheet("收文", [
          ["收文日期", "来文单位", "文号", "类别"],
          ["2026-11-02", "市政府", "市政发〔2026〕1号", "办件"],
        ]),
      ],
      findings: [
        { messageId: "noColumn", data: { title: "市政发〔2026〕1号" }, cell: "D2", message: /无“拟办意见”列/ },
      ],
    },
  ],
});
