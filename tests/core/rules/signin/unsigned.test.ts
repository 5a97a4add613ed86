import rule from "../../../../src/core/rules/signin/unsigned";
import { MEETING_LINE, sheet, signin, testRule } from "../../rule-tester";

/** A sheet printed with the names, signed by hand: 姓名 单位 职务 签名. */
const printed = (rows: (string | null)[][]) =>
  sheet("签到表", [[MEETING_LINE], ["序号", "姓名", "单位", "职务", "签名"], ...rows.map((r, i) => [i + 1, ...r])]);

testRule(rule, {
  valid: [
    {
      name: "everyone signed",
      grids: [
        printed([
          ["张三", "财政局", "局长", "张三"],
          ["李四", "教育局", "科长", "李四"],
        ]),
      ],
    },
    {
      name: "an unsigned person marked on leave (备注, 请假 after the name, traditional script)",
      grids: [
        sheet("签到表", [
          [MEETING_LINE],
          ["序号", "姓名", "单位", "签名", "备注"],
          [1, "张三", "财政局", "张三", null],
          [2, "李四", "教育局", null, "请假（外出学习）"],
          [3, "王五（因公请假）", "民政局", null, null],
          [4, "趙六", "水利局", null, "事假"],
          [5, "孙七", "审计局", null, "請假"],
        ]),
      ],
    },
    {
      name: "a 签名 column nobody wrote in (an e-sign-in export that carries it empty)",
      grids: [signin([[1, "张三", "财政局", "科员", "8:50", "13800138000", null]])],
    },
    {
      name: "a sheet without a 签名 column",
      grids: [
        sheet("签到表", [
          ["姓名", "单位", "签到时间"],
          ["张三", "财政局", "8:50"],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "a printed name nobody signed for",
      grids: [
        printed([
          ["张三", "财政局", "局长", "张三"],
          ["李四", "教育局", "科长", null],
        ]),
      ],
      findings: [
        {
          messageId: "unsigned",
          data: { name: "李四", unit: "教育局" },
          cell: "E4",
          message: /^李四 的签名为空：未签到，不计入实到$/,
        },
      ],
    },
    {
      name: "a time with no signature",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, "张三"],
          [2, "李四", "教育局", "科员", 0.375, null, null],
        ]),
      ],
      findings: [
        {
          messageId: "timeOnly",
          data: { name: "李四", unit: "教育局", time: "09:00" },
          cell: "G5",
          message: /^李四 有签到时间 09:00，但没有签名$/,
        },
      ],
    },
  ],
});
