import rule from "../../../../src/core/rules/minutes/decision-no-owner";
import { minutes, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "each decision has its unit", text: minutes() },
    { name: "各单位", text: minutes("会议明确县住建局负责", "会议要求各单位") },
  ],
  invalid: [
    {
      name: "a decision that names nobody",
      text: minutes("会议明确县住建局负责建筑工地冬季施工安全整治", "会议明确建筑工地冬季施工安全整治要加强"),
      findings: [{ paragraph: 6, message: /议定事项“会议明确建筑工地冬季施工安全整治要加强.*”未明确责任部门/ }],
    },
  ],
});
