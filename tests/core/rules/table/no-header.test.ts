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
      name: "free text only",
      grids: [sheet("说明", [["本工作簿用于登记会议情况"], ["请按要求填写"]])],
      findings: [{ cell: "A1", message: /前 10 行中没有找到表头.*姓名、单位、职务/ }],
    },
    {
      name: "header below row 10",
      grids: [sheet("签到", [...Array.from({ length: 10 }, () => ["标题"]), SIGNIN_HEADER])],
      findings: [{ cell: "A1" }],
    },
    {
      name: "a header of unknown columns",
      grids: [
        sheet("统计", [
          ["项目", "备注", "序号"],
          ["a", "b", 1],
        ]),
      ],
      findings: [{ cell: "A1", message: /不属于/ }],
    },
  ],
});
