import rule from "../../../../src/core/rules/receipt/short-notice";
import { testRule } from "../../rule-tester";
import { receipt } from "./fixture";

const sent = (date: string, line = "会议时间：2026年12月3日上午9:00") => [
  receipt([[1, "财政局", date, "书面", "王芳", date, null, null]], line),
];

testRule(rule, {
  valid: [
    { name: "Monday for Thursday: 3 working days", grids: sent("2026-11-30") },
    { name: "a week ahead", grids: sent("2026-11-25") },
    {
      name: "调休: Saturday 2026-09-20 is a working day, so Thursday 17th → Tuesday 22nd is 3",
      grids: sent("2026-09-17", "会议时间：2026年9月22日上午9:00"),
    },
    { name: "two days is enough when configured", grids: sent("2026-12-01"), options: { noticeDays: 2 } },
  ],
  invalid: [
    {
      name: "Tuesday for Thursday",
      grids: sent("2026-12-01"),
      findings: [
        {
          messageId: "short",
          data: { unit: "财政局", sent: "2026年12月1日", meeting: "2026年12月3日", count: 2, days: 3, note: "" },
          cell: "C3",
          message: /2026年12月1日 发出，距会议 2026年12月3日 只有 2 个工作日，少于 3 个工作日/,
        },
      ],
    },
    {
      name: "the National Day holiday does not count",
      grids: sent("2026-09-29", "会议时间：2026年10月8日上午9:00"),
      findings: [
        {
          messageId: "short",
          data: { unit: "财政局", sent: "2026年9月29日", meeting: "2026年10月8日", count: 2, days: 3, note: "" },
          cell: "C3",
          message: /只有 2 个工作日/,
        },
      ],
    },
    {
      name: "a year without holiday data is said",
      grids: sent("2027-01-04", "会议时间：2027年1月5日上午9:00"),
      findings: [
        {
          messageId: "short",
          data: {
            unit: "财政局",
            sent: "2027年1月4日",
            meeting: "2027年1月5日",
            count: 1,
            days: 3,
            note: "（2027年节假日数据未收录，按周一至周五计算工作日，可在配置中补充节假日）",
          },
          cell: "C3",
          message: /2027年节假日数据未收录，按周一至周五计算/,
        },
      ],
    },
    {
      name: "a holiday the user adds counts",
      grids: sent("2027-01-01", "会议时间：2027年1月6日上午9:00"),
      options: { holidays: ["2027-01-04", "2027-01-05"] },
      findings: [
        {
          messageId: "short",
          data: {
            unit: "财政局",
            sent: "2027年1月1日",
            meeting: "2027年1月6日",
            count: 1,
            days: 3,
            note: "（2027年节假日数据未收录，按周一至周五计算工作日，可在配置中补充节假日）",
          },
          cell: "C3",
          message: /只有 1 个工作日/,
        },
      ],
    },
  ],
});
