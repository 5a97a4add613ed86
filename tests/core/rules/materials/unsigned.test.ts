import rule from "../../../../src/core/rules/materials/unsigned";
import { testRule } from "../../rule-tester";
import { copy, materials } from "./fixture";

testRule(rule, {
  valid: [
    { name: "signed and timed", grids: [materials([copy()])] },
    { name: "signed, no time", grids: [materials([copy({ time: null })])] },
    { name: "a time recorded, no signature column in use", grids: [materials([copy({ signature: null })])] },
    {
      name: "a copy not given out yet (no 领取人)",
      grids: [materials([copy({ name: null, unit: null, signature: null, time: null })])],
    },
  ],
  invalid: [
    {
      name: "a 领取人 with neither signature nor time: at the 签字 cell",
      grids: [materials([copy(), copy({ name: "李娜", unit: "县财政局", number: "002", signature: " ", time: null })])],
      findings: [{ cell: "G4", message: /李娜（县财政局） 领取“全县安全生产工作会议讲话稿”没有签字，也没有领取时间/ }],
    },
    {
      name: "no 签字 column: at the 领取时间 cell; a unit alone is a recipient",
      grids: [
        {
          sheet: "资料领取",
          rows: [
            ["序号", "资料名称", "领取单位", "领取时间"],
            [1, "会议议程", "县财政局", null],
          ],
        },
      ],
      findings: [
        {
          messageId: "unsigned",
          data: { who: "县财政局", material: "会议议程" },
          cell: "D2",
          message: /县财政局 领取“会议议程”/,
        },
      ],
    },
    {
      // 文件资料发放签收表 (tests/corpus/registers LAYOUTS.md L31): the clerk fills 发放日期 on every row.
      name: "a 发放日期 is the clerk's, not the recipient's: 签收时间 and 签字 empty is unsigned",
      grids: [
        {
          sheet: "发放签收表",
          rows: [
            ["发放日期", "编号", "文件名称", "接收部门", "接收人姓名", "签收时间", "签字"],
            ["2026-12-03", "001", "工作要点", "县财政局", "王强", "2026-12-03 09:10", "王强"],
            ["2026-12-03", "002", "工作要点", "县民政局", "张伟"],
          ],
        },
      ],
      findings: [
        {
          messageId: "unsigned",
          data: { who: "张伟（县民政局）", material: "工作要点" },
          cell: "G3",
          message: /张伟（县民政局） 领取“工作要点”没有签字，也没有领取时间/,
        },
      ],
    },
  ],
});
