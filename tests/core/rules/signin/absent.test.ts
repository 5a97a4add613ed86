import rule from "../../../../src/core/rules/signin/absent";
import { MEETING_LINE, roster, sheet, signin, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    {
      name: "everyone signed or is on leave",
      grids: [
        signin([[1, "张三", "财政局", "科员", "8:50", null, null]]),
        roster([
          ["张三", "财政局", "科员", null],
          ["李四", "民政局", "科员", "是"],
        ]),
      ],
    },
    {
      name: "the sign-in sheet itself marks someone on leave, after the name or in 备注",
      grids: [
        sheet("签到表", [
          [MEETING_LINE],
          ["序号", "姓名", "单位", "签到时间", "备注"],
          [1, "张三", "财政局", "8:50", null],
          [2, "王强（请假）", "住建局", null, null],
          [3, "赵敏", "教育局", null, "病假"],
        ]),
        roster([
          ["张三", "财政局", "科员", null],
          ["王强", "住建局", "局长", null],
          ["赵敏", "教育局", "局长", null],
        ]),
      ],
    },
    {
      name: "a note after the name does not hide a signer (孙磊(迟到) is 孙磊)",
      grids: [
        signin([[1, "孙磊(迟到)", "卫健局", "科员", "9:20", null, null]]),
        roster([["孙磊", "卫健局", "局长", null]]),
      ],
    },
    {
      name: "a sheet for two sessions: signing either one is attending (上午签到 | 下午签到)",
      grids: [
        sheet("签到表", [
          [MEETING_LINE],
          ["序号", "姓名", "单位", "职务", "上午签到", "下午签到"],
          [1, "张三", "财政局", "科员", "8:50", null],
          [2, "李四", "民政局", "科员", null, "13:55"],
        ]),
      ],
    },
    { name: "no roster: absence is unknown", grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]])] },
  ],
  invalid: [
    {
      name: "a roster person who neither signed nor is on leave points at the roster",
      grids: [
        signin([[1, "张三", "财政局", "科员", "8:50", null, null]]),
        roster([
          ["张三", "财政局", "科员", null],
          ["郑凯", "农业农村局", "局长", null],
        ]),
      ],
      findings: [
        {
          messageId: "absent",
          data: { name: "郑凯", unit: "农业农村局" },
          cell: "A3",
          sheet: "名单",
          message: /郑凯（农业农村局）在名单上，但未签到，也未请假/,
        },
      ],
    },
    {
      name: "a pre-filled sign-in sheet is its own roster: a blank row is an absence",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, null],
          [2, "李四", "民政局", "科员", null, null, null],
        ]),
      ],
      findings: [{ messageId: "absent", data: { name: "李四", unit: "民政局" }, cell: "B5", sheet: "签到表" }],
    },
    {
      name: "a leave mark on the sign-in sheet is for that person only (same name, other unit)",
      grids: [
        sheet("签到表", [
          [MEETING_LINE],
          ["序号", "姓名", "单位", "签到时间", "备注"],
          [1, "王强", "住建局", null, "请假"],
        ]),
        roster([
          ["王强", "住建局", "局长", null],
          ["王强", "水利局", "科员", null],
        ]),
      ],
      findings: [
        {
          messageId: "absent",
          data: { name: "王强", unit: "水利局" },
          cell: "A3",
          sheet: "名单",
          message: /王强（水利局）/,
        },
      ],
    },
  ],
});
