import rule from "../../../../src/core/rules/notice/short-notice";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "a week ahead", text: notice() },
    { name: "Monday for Thursday", text: notice("2026年11月25日", "2026年11月30日") },
  ],
  invalid: [
    {
      name: "Tuesday for Thursday",
      text: notice("2026年11月25日", "2026年12月1日"),
      findings: [
        {
          messageId: "short",
          data: { issued: "2026年12月1日", meeting: "2026年12月3日", count: 2, days: 3, note: "" },
          paragraph: 6,
          message: /通知成文于 2026年12月1日，距会议 2026年12月3日 只有 2 个工作日/,
        },
      ],
    },
    {
      name: "five days configured",
      text: notice("2026年11月25日", "2026年11月30日"),
      options: { noticeDays: 5 },
      findings: [
        {
          messageId: "short",
          data: { issued: "2026年11月30日", meeting: "2026年12月3日", count: 3, days: 5, note: "" },
          paragraph: 6,
          message: /少于 5 个工作日/,
        },
      ],
    },
    {
      name: "a meeting in a year without holiday data",
      text: notice("2026年12月3日（星期四）", "2027年1月6日（星期三）").replace("2026年11月25日", "2027年1月4日"),
      findings: [
        {
          messageId: "short",
          data: {
            issued: "2027年1月4日",
            meeting: "2027年1月6日",
            count: 2,
            days: 3,
            note: "（2027年节假日数据未收录，按周一至周五计算工作日，可在配置中补充节假日）",
          },
          paragraph: 6,
          message: /2027年节假日数据未收录/,
        },
      ],
    },
  ],
});
