import { DEFAULT_OPTIONS } from "../../../../src/core/rules/config";
import { checkWorkbook } from "../../../../src/core/rules/run-registers";

describe("a 督办台账 is read as one, under the headers offices give it", () => {
  it.each([
    [["序号", "议定事项", "责任单位", "完成时限", "状态", "办理情况"]],
    [["序号", "督办事项", "牵头单位", "办结时限", "进展情况", "备注"]],
    [["编号", "会议议定事项", "责任部门", "完成时间", "落实情况"]],
    [["序号", "工作任务", "责任单位", "时间节点", "完成情况", "事项来源"]],
  ])("%j", (header) => {
    const grid = {
      sheet: "Sheet1",
      rows: [header, [1, "修订应急预案", "县应急管理局", "2026-12-31", "在办", "已起草"]],
    };
    const [sheet] = checkWorkbook([grid], DEFAULT_OPTIONS).sheets;
    expect(sheet.kind).toBe("tracking");
  });

  it("a sign-in sheet with a 单位 column is still a sign-in sheet", () => {
    const grid = {
      sheet: "签到",
      rows: [
        ["序号", "姓名", "单位", "职务", "签到时间"],
        [1, "张三", "县财政局", "科员", "8:50"],
      ],
    };
    expect(checkWorkbook([grid], DEFAULT_OPTIONS).sheets[0].kind).toBe("signin");
  });
});
