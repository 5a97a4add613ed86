import rule from "../../../../src/core/rules/notice/weekday-mismatch";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "（星期四） is right", text: notice() },
    ...["（周四）", "（四）", "，星期四，", "（礼拜四）"].map((w) => ({ name: w, text: notice("（星期四）", w) })),
    { name: "no weekday", text: notice("（星期四）", "") },
  ],
  invalid: [
    {
      name: "星期三 for a Thursday",
      text: notice("（星期四）", "（星期三）"),
      findings: [
        {
          messageId: "mismatch",
          data: { text: "2026年12月3日（星期三）上午9:00", date: "2026年12月3日", actual: "四", written: "三" },
          paragraph: 6,
          message: /2026年12月3日是星期四，不是星期三/,
        },
      ],
    },
    {
      name: "周日 for a Thursday",
      text: notice("（星期四）", "（周日）"),
      findings: [
        {
          messageId: "mismatch",
          data: { text: "2026年12月3日（周日）上午9:00", date: "2026年12月3日", actual: "四", written: "日" },
          paragraph: 6,
          message: /不是星期日/,
        },
      ],
    },
    {
      name: "a year taken from the meeting for another date",
      text: notice("于2026年12月1日前", "于12月1日（星期一）前"),
      findings: [
        {
          messageId: "mismatch",
          data: { text: "12月1日（星期一）", date: "2026年12月1日", actual: "二", written: "一" },
          paragraph: 17,
          message: /2026年12月1日是星期二/,
        },
      ],
    },
  ],
});
