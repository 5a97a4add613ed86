import rule from "../../../../src/core/rules/notice/date-no-year";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "full date", text: notice() },
    { name: "a deadline without year is not the meeting date", text: notice("于2026年12月1日前", "于12月1日前") },
  ],
  invalid: [
    {
      name: "12月3日",
      text: notice("2026年12月3日（星期四）", "12月3日（星期四）"),
      findings: [{ paragraph: 6, text: "12月3日（星期四）上午9:00", message: /没有写年份/ }],
    },
  ],
});
