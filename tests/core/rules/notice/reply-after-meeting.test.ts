import rule from "../../../../src/core/rules/notice/reply-after-meeting";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "two days before", text: notice() },
    { name: "no year on the deadline", text: notice("于2026年12月1日前", "于12月2日前") },
  ],
  invalid: [
    {
      name: "the meeting day",
      text: notice("于2026年12月1日前", "于2026年12月3日前"),
      findings: [
        {
          messageId: "late",
          data: { deadline: "2026年12月3日", meeting: "2026年12月3日" },
          paragraph: 17,
          text: "2026年12月3日",
          message: /回执截止日期 2026年12月3日 不早于会议日期 2026年12月3日/,
        },
      ],
    },
    {
      name: "after",
      text: notice("于2026年12月1日前", "于12月8日前"),
      findings: [
        {
          messageId: "late",
          data: { deadline: "2026年12月8日", meeting: "2026年12月3日" },
          paragraph: 17,
          text: "12月8日",
        },
      ],
    },
  ],
});
