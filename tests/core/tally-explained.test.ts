import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { cellOf } from "../../src/core/rules/finding";
import { MEETING_LINE, roster, sheet, signin } from "./rule-tester";

/** Tallies that explain themselves, one fact per person (issue 38): through the whole check, every rule on. */
describe("the tally and the findings of one sign-in sheet", () => {
  const printed = sheet("签到表", [
    ["XX会议签到表"],
    [MEETING_LINE],
    ["序号", "姓名", "单位", "职务", "签名"],
    [1, "张三", "财政局", "局长", "张三"],
    [2, "赵红梅", "水利局", "科员", "刘明"],
    [3, "马俊", "审计局", "科员", null],
    [4, "郑十（请假）", "商务局", "科员", null],
    ["记录人：王芳　应到4人　实到1人"],
  ]);

  it("says 马俊's one fact once: his empty 签名, not also 未签到也未请假", () => {
    const [report] = checkWorkbook([printed], DEFAULT_OPTIONS).sheets;
    const about = report.findings.filter((f) => f.data.name === "马俊").map((f) => f.ruleId);
    expect(about).toEqual(["signin/unsigned"]);
    expect(report.tally).toMatchObject({ expected: 4, present: 2, leave: 1, absent: 1 });
  });

  it("keeps 未签到也未请假 for a person the sheet has no row for", () => {
    const grids = [
      signin([[1, "张三", "财政局", "科员", "8:50", null, "张三"]]),
      roster([
        ["张三", "财政局", "科员", null],
        ["马俊", "审计局", "科员", null],
      ]),
    ];
    const [report] = checkWorkbook(grids, DEFAULT_OPTIONS).sheets;
    expect(report.findings.filter((f) => f.ruleId === "signin/absent").map((f) => f.data.name)).toEqual(["马俊"]);
  });

  it("names what 实到 counts: the proxy signature, and why the written 实到 differs", () => {
    const [report] = checkWorkbook([printed], DEFAULT_OPTIONS).sheets;
    expect(report.tally?.parts).toEqual({ proxies: ["赵红梅"], leaveSigned: [], leave: ["郑十"], roster: "签到表" });
    const mismatch = report.findings.find((f) => f.ruleId === "signin/total-mismatch");
    expect(cellOf(mismatch!)?.cell).toBe("A8");
    expect(mismatch?.message).toBe("表上写“实到1人”，核对为实到 2 人：赵红梅 由他人代签，计入实到（代签另列为错误）");
  });

  it("reads an export's 签到状态: 迟到 is late without a start, 请假 is leave, 未签到 is absent", () => {
    const exported = sheet("签到导出", [
      ["序号", "部门", "姓名", "签到时间", "签到状态"],
      [1, "办公室", "林晓", "2026-12-03 08:52", "正常"],
      [2, "综合科", "黄磊", "2026-12-03 09:12", "迟到"],
      [3, "人事科", "许静", null, "请假"],
      [4, "财务科", "陈刚", null, "未签到"],
    ]);
    const [report] = checkWorkbook([exported], DEFAULT_OPTIONS).sheets;
    expect(report.tally).toMatchObject({ expected: 4, present: 2, leave: 1, absent: 1, late: 1 });
  });
});
