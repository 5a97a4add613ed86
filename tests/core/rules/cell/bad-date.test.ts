import rule from "../../../../src/core/rules/cell/bad-date";
import { RECEIPT_HEADER, SEAL_HEADER, signin, sheet, testRule } from "../../rule-tester";

const seal = (date: string | number) =>
  sheet("用印", [SEAL_HEADER, [1, date, "公章", "报送材料", 1, "李主任", "书面", null, "张敏"]]);

testRule(rule, {
  valid: [
    ...[
      "2026-11-02",
      "2026/11/2",
      "2026.11.2",
      "2026年11月2日",
      "11月2日",
      "２０２６年１１月２日",
      "二〇二六年十一月二日",
    ].map((date) => ({ name: `seal date ${date}`, grids: [seal(date)] })),
    { name: "an Excel date serial", grids: [seal(46328)] },
    ...[
      "8:50",
      "08:50:00",
      "上午8时50分",
      "下午2:30",
      "8点半",
      "2026-12-03 08:50",
      "2026年12月3日 8:50",
      "√",
      "张三",
    ].map((time) => ({
      name: `sign-in time ${time}`,
      grids: [signin([[1, "张三", "财政局", "科员", time, null, null]])],
    })),
    { name: "a time-of-day serial", grids: [signin([[1, "张三", "财政局", "科员", 0.3680555, null, null]])] },
  ],
  invalid: [
    {
      name: "30 February",
      grids: [seal("2026年2月30日")],
      findings: [
        {
          messageId: "impossible",
          data: { column: "用印日期", text: "2026年2月30日" },
          cell: "B2",
          message: /不是存在的日期/,
        },
      ],
    },
    {
      name: "month 13",
      grids: [seal("2026-13-01")],
      findings: [{ messageId: "impossible", data: { column: "用印日期", text: "2026-13-01" }, cell: "B2" }],
    },
    {
      name: "words",
      grids: [seal("上周五")],
      findings: [
        { messageId: "unreadable", data: { column: "用印日期", text: "上周五" }, cell: "B2", message: /无法识别/ },
      ],
    },
    {
      name: "minute 61",
      grids: [signin([[1, "张三", "财政局", "科员", "8:61", null, null]])],
      findings: [{ messageId: "impossible", data: { column: "签到时间", text: "8:61" }, cell: "E4" }],
    },
    {
      name: "signed time with trailing words",
      grids: [
        sheet("签收", [RECEIPT_HEADER, [1, "财政局", "2026-11-25", "书面", "王芳", "11月25日下午左右", null, null]]),
      ],
      findings: [{ messageId: "unreadable", data: { column: "签收时间", text: "11月25日下午左右" }, cell: "F2" }],
    },
  ],
});
