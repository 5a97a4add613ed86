import rule from "../../../../src/core/rules/tracking/no-progress";
import { testRule } from "../../rule-tester";
import { item, tracking } from "./fixture";

testRule(rule, {
  valid: [
    { name: "在办 with progress", grids: [tracking([item()])] },
    { name: "未办 with nothing yet", grids: [tracking([item({ status: "未办", progress: null })])] },
    { name: "办结 with nothing written", grids: [tracking([item({ status: "已办结", progress: null })])] },
  ],
  invalid: [
    {
      name: "在办 or 推进中 with an empty 办理情况",
      grids: [tracking([item({ progress: null }), item({ status: "推进中", progress: " " })])],
      findings: [
        {
          messageId: "empty",
          data: { item: "制定冬季安全生产大检查方案" },
          cell: "G3",
          message: /状态为在办，但没有写办理情况/,
        },
        { messageId: "empty", data: { item: "制定冬季安全生产大检查方案" }, cell: "G4" },
      ],
    },
  ],
});
