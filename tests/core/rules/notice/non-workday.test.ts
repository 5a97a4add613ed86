import rule from "../../../../src/core/rules/notice/non-workday";
import { notice, testTextRule } from "../../text-rule-tester";

const on = (date: string) => notice("2026年12月3日（星期四）", date);

testTextRule(rule, {
  valid: [
    { name: "a Thursday", text: notice() },
    { name: "调休 Saturday 2026-09-20", text: on("2026年9月20日") },
    { name: "two working days, Thursday and Friday", text: on("2026年12月3日至4日") },
  ],
  invalid: [
    {
      name: "a Saturday",
      text: on("2026年12月5日"),
      findings: [
        {
          messageId: "weekend",
          data: { date: "2026年12月5日", weekday: "六", note: "" },
          paragraph: 6,
          message: /是星期六，不是调休上班日/,
        },
      ],
    },
    {
      name: "a meeting that runs from Thursday into Saturday (至5日)",
      text: on("2026年12月3日至5日"),
      findings: [
        {
          messageId: "weekend",
          data: { date: "2026年12月5日", weekday: "六", note: "" },
          paragraph: 6,
          message: /2026年12月5日 是星期六/,
        },
      ],
    },
    {
      name: "a meeting over the month's end into a holiday (—10月1日)",
      text: on("2026年9月29日—10月1日"),
      findings: [
        {
          messageId: "holiday",
          data: { date: "2026年10月1日", holiday: "国庆节" },
          paragraph: 6,
          message: /是国庆节假期/,
        },
      ],
    },
    {
      name: "National Day",
      text: on("2026年10月2日"),
      findings: [
        {
          messageId: "holiday",
          data: { date: "2026年10月2日", holiday: "国庆节" },
          paragraph: 6,
          message: /是国庆节假期/,
        },
      ],
    },
    {
      name: "a Saturday in a year without data",
      text: on("2027年1月9日"),
      findings: [
        {
          messageId: "weekend",
          data: {
            date: "2027年1月9日",
            weekday: "六",
            note: "（2027年节假日数据未收录，按周一至周五计算工作日，可在配置中补充节假日）",
          },
          paragraph: 6,
          message: /2027年节假日数据未收录/,
        },
      ],
    },
  ],
});
