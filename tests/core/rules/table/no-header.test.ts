import rule from "../../../../src/core/rules/table/no-header";
import { SIGNIN_HEADER, sheet, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    {
      name: "header on row 1",
      grids: [sheet("签到", [SIGNIN_HEADER, [1, "张三", "财政局", "科员", "8:50", null, "张三"]])],
    },
    {
      name: "header under a merged title and a blank row",
      grids: [sheet("签到", [["XX会议签到表"], [], SIGNIN_HEADER, [1, "张三", "财政局", "科员", "8:50", null, null]])],
    },
    {
      name: "an empty sheet is skipped",
      grids: [
        sheet("Sheet3", [
          [null, null],
          [null, ""],
        ]),
      ],
    },
    {
      name: "a roster of units with one 单位名称 column",
      grids: [sheet("单位", [["单位名称"], ["财政局"], ["民政局"]])],
    },
  ],
  invalid: [
    {
      name: "rows of data under no header a person could name",
      grids: [
        sheet("签到", [
          ["张三", "财政局", "科员"],
          ["李四", "民政局", "科员"],
          ["王五", "教育局", "科员"],
        ]),
      ],
      findings: [{ messageId: "noHeader", data: {}, cell: "A1", message: /前 10 行中没有找到表头.*姓名、单位、职务/ }],
    },
    {
      name: "header below row 10",
      grids: [
        sheet("签到", [
          ...Array.from({ length: 10 }, () => ["标题"]),
          SIGNIN_HEADER,
          ...Array.from({ length: 3 }, (_, i) => [i + 1, "张三", "财政局", "科员", "8:50", null, "张三"]),
        ]),
      ],
      findings: [{ messageId: "noHeader", data: {}, cell: "A1" }],
    },
    {
      name: "an instructions sheet is plainly no register: info, so a clean workbook still passes",
      grids: [sheet("填表说明", [["本工作簿用于登记会议情况"], ["请按要求填写"], ["一、签到表由本人签名"]])],
      findings: [{ messageId: "notRegister", data: {}, cell: "A1", message: /不像登记表/, severity: "info" }],
    },
    {
      name: "a summary of labels and formula results is plainly no register",
      grids: [
        sheet("汇总", [
          ["应到人数", 30],
          ["实到人数", 28],
          ["出勤率", 0.93],
        ]),
      ],
      findings: [{ messageId: "notRegister", data: {}, cell: "A1", message: /不像登记表/, severity: "info" }],
    },
    {
      name: "a header of unknown columns",
      grids: [
        sheet("统计", [
          ["项目", "备注", "序号"],
          ["a", "b", 1],
        ]),
      ],
      findings: [{ messageId: "unknownKind", data: { headers: "项目、备注、序号" }, cell: "A1", message: /不属于/ }],
    },
  ],
});
