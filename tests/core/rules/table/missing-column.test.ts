import rule from "../../../../src/core/rules/table/missing-column";
import { sheet, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    { name: "sign-in sheet with 姓名 单位 职务", grids: [sheet("签到", [["姓名", "单位", "职务", "签到时间"]])] },
    {
      name: "synonyms count: 参会人员 工作单位 职称",
      grids: [sheet("签到", [["参会人员", "工作单位", "职称", "签字"]])],
    },
    {
      name: "incoming register with 标题 instead of 文号",
      grids: [sheet("收文", [["收文日期", "来文单位", "标题", "类别"]])],
    },
  ],
  invalid: [
    {
      name: "sign-in sheet without 职务",
      grids: [sheet("签到", [["XX会议签到表"], ["姓名", "单位", "签到时间"]])],
      findings: [
        {
          messageId: "missing",
          data: { kind: "会议签到表", column: "职务" },
          cell: "A2",
          message: /会议签到表缺少“职务”列/,
        },
      ],
    },
    {
      name: "seal ledger without 审批人 and 经办人",
      grids: [sheet("用印", [["用印日期", "用印事由", "份数", "印章名称"]])],
      findings: [
        { messageId: "missing", data: { kind: "印章使用登记表", column: "审批人" }, cell: "A1", message: /审批人/ },
        { messageId: "missing", data: { kind: "印章使用登记表", column: "经办人" }, cell: "A1", message: /经办人/ },
      ],
    },
    {
      name: "incoming register with neither 文号 nor 标题",
      grids: [sheet("收文", [["收文日期", "来文单位", "类别", "拟办意见"]])],
      findings: [
        {
          messageId: "missing",
          data: { kind: "收文登记表", column: "文号”或“标题" },
          cell: "A1",
          message: /“文号”或“标题”/,
        },
      ],
    },
  ],
});
