import rule from "../../../../src/core/rules/incoming/no-approval";
import { sheet, testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: [
    { name: "办件 signed", grids: [incoming([doc()])] },
    { name: "留档 needs none", grids: [incoming([doc({ category: "留档", sign: null })])] },
  ],
  invalid: [
    {
      name: "办件 unsigned",
      grids: [incoming([doc({ sign: null })])],
      findings: [{ cell: "H2", messageId: "blank", data: { title: "关于开展冬季安全生产大检查的通知" } }],
    },
    {
      name: "a register without the column: said at 类别",
      grids: [
        sheet("收文", [
          ["收文日期", "来文单位", "文号", "类别", "拟办意见"],
          ["2026-11-02", "市政府", "市政发〔2026〕1号", "办件", "请办公室办理"],
        ]),
      ],
      findings: [{ cell: "D2", messageId: "noColumn", data: { title: "市政发〔2026〕1号" }, message: /无“审签”列/ }],
    },
  ],
});
