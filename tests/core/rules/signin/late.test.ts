import rule from "../../../../src/core/rules/signin/late";
import { signin, sheet, SIGNIN_HEADER, testRule } from "../../rule-tester";

const at = (time: string | number) => [signin([[1, "张三", "财政局", "科员", time, null, null]])];

testRule(rule, {
  valid: [
    { name: "before the start", grids: at("8:59") },
    { name: "exactly at the start", grids: at("9:00") },
    { name: "a check mark has no time", grids: at("√") },
    { name: "the day before, at 报到", grids: at("2026-12-02 16:00") },
    {
      name: "2:25 typed for a 14:30 meeting is on time",
      grids: [signin([[1, "张三", "财政局", "科员", "2:25", null, null]], [["会议时间：2026年12月3日下午2:30"]])],
    },
    { name: "late but within the configured grace", grids: at("9:04"), options: { lateGraceMinutes: 5 } },
    {
      name: "no meeting start anywhere: nothing to compare",
      grids: [sheet("签到表", [SIGNIN_HEADER, [1, "张三", "财政局", "科员", "9:30", null, null]])],
    },
  ],
  invalid: [
    {
      name: "an e-sign-in export's own 签到状态 迟到, with no meeting start given (traditional script too)",
      grids: [
        sheet("签到导出", [
          ["序号", "部门", "姓名", "签到时间", "签到状态"],
          [1, "办公室", "林晓", "2026-12-03 08:52", "正常"],
          [2, "综合科", "黄磊", "2026-12-03 09:12", "迟到"],
          [3, "人事科", "许静", null, "请假"],
          [4, "财务科", "陈刚", "2026-12-03 09:20", "遲到"],
        ]),
      ],
      findings: [
        {
          messageId: "marked",
          data: { name: "黄磊", time: "（签到时间 2026年12月3日 09:12）" },
          cell: "E3",
          message: /^黄磊 的签到状态为“迟到”（签到时间 2026年12月3日 09:12）$/,
        },
        {
          messageId: "marked",
          data: { name: "陈刚", time: "（签到时间 2026年12月3日 09:20）" },
          cell: "E5",
          message: /^陈刚 的签到状态为“迟到”/,
        },
      ],
    },
    {
      name: "9:01",
      grids: at("9:01"),
      findings: [
        {
          messageId: "late",
          data: { name: "张三", time: "09:01", start: "2026年12月3日 09:00" },
          cell: "E4",
          message: /09:01 晚于会议开始时间 2026年12月3日 09:00/,
        },
      ],
    },
    {
      name: "上午9时15分",
      grids: at("上午9时15分"),
      findings: [
        { messageId: "late", data: { name: "张三", time: "09:15", start: "2026年12月3日 09:00" }, cell: "E4" },
      ],
    },
    {
      name: "a date-time serial",
      grids: at(46359 + 9.5 / 24),
      findings: [
        { messageId: "late", data: { name: "张三", time: "09:30", start: "2026年12月3日 09:00" }, cell: "E4" },
      ],
    },
    {
      name: "start given by the user when the sheet does not say",
      grids: [sheet("签到表", [SIGNIN_HEADER, [1, "张三", "财政局", "科员", "14:40", null, null]])],
      options: { meetingStart: { date: { year: 2026, month: 12, day: 3 }, time: { hour: 14, minute: 30 } } },
      findings: [
        { messageId: "late", data: { name: "张三", time: "14:40", start: "2026年12月3日 14:30" }, cell: "E2" },
      ],
    },
    {
      name: "2:45 typed for a 14:30 meeting is 14:45",
      grids: [signin([[1, "张三", "财政局", "科员", "2:45", null, null]], [["会议时间：2026年12月3日下午2:30"]])],
      findings: [
        {
          messageId: "late",
          data: { name: "张三", time: "14:45", start: "2026年12月3日 14:30" },
          cell: "E3",
          message: /14:45/,
        },
      ],
    },
    {
      name: "a person who signs late twice is late once, at the first signature",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "9:10", null, null],
          [2, "张三", "财政局", "科员", "9:30", null, null],
        ]),
      ],
      findings: [
        { messageId: "late", data: { name: "张三", time: "09:10", start: "2026年12月3日 09:00" }, cell: "E4" },
      ],
    },
  ],
});
