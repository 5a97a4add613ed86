/**
 * 自检 on the fakes: the runner each host's pane calls, against the Excel fake, the Word fake and the WPS fakes (both
 * Value2 shapes). A full-featured fake passes every step; a missing requirement set is 跳过 with the reason; a refused
 * call is ✗ with the error, and the scratch is removed all the same. `UPDATE_DOCS=1` rewrites the sample report in
 * docs/office-support.md from the Excel run here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { runExcelSelfTest } from "../../src/hosts/excel/self-test";
import { selfTestFileBytes, selfTestText } from "../../src/hosts/office/self-test-report";
import { createWordHost } from "../../src/hosts/word/word-host";
import { runWordSelfTest } from "../../src/hosts/word/self-test";
import { createWpsExcelHost } from "../../src/hosts/wps/et-host";
import { createWpsWordHost } from "../../src/hosts/wps/wps-word-host";
import type { EtApplication, WpsApplication } from "../../src/hosts/wps/wps-api";
import { FakeExcel } from "../fakes/excel-fake";
import { FakeWord } from "../fakes/word-fake";
import { FakeEt, FakeWpsWriter, type Value2Shape } from "../fakes/wps-fake";

const everySet = () => true;
/** Office 2019 as sold: ExcelApi up to 1.7, WordApi up to 1.3, no WordApiDesktop. */
const office2019 = (set: string, version: string) => {
  const [major, minor] = version.split(".").map(Number);
  const top = set === "ExcelApi" ? 7 : set === "WordApi" ? 3 : -1;
  return major === 1 && minor <= top;
};
/** A clock that moves 3 ms a reading, so the report's times are the same every run. */
const steadyClock = () => {
  let t = 0;
  return () => (t += 3);
};
const fixed = {
  now: steadyClock(),
  date: () => new Date(2026, 11, 8, 14, 3),
  environment: () => ({ version: "16.0.17928.20392", platform: "PC" }),
};

function excelWorkbook() {
  const excel = new FakeExcel();
  excel.addSheet("签到表", [
    ["姓名", "单位"],
    ["王芳", "办公室"],
  ]);
  excel.addSheet("会务助手自检", [["用户自己的表"]]);
  return excel;
}

describe("自检 in Excel", () => {
  it("passes every step on a full-featured Excel, and leaves the workbook as it was", async () => {
    const excel = excelWorkbook();
    const before = JSON.stringify({ sheets: excel.sheets, names: [...excel.names], parts: excel.xmlParts });
    const seen: number[] = [];
    const report = await runExcelSelfTest(excel.run as never, everySet, excel.documentSettings, {
      ...fixed,
      onStep: (done, total) => seen.push(done.length / total),
    });
    expect(report.steps.filter((s) => s.outcome !== "ok")).toEqual([]);
    expect(report.steps).toHaveLength(12);
    expect(report.scratchRemoved).toBe(true);
    expect(seen.at(-1)).toBe(1);
    // The user's own sheet called 会务助手自检 is left alone: the scratch was 会务助手自检(2).
    expect(excel.sheets.map((s) => s.name)).toEqual(["签到表", "会务助手自检"]);
    expect(JSON.stringify({ sheets: excel.sheets, names: [...excel.names], parts: excel.xmlParts })).toBe(before);
    expect(excel.writes.filter((w) => !w.startsWith("会务助手自检(2)!"))).toEqual([]);
    expect(excel.active).toBe(0);
  });

  it("runs through the host the pane holds", async () => {
    const excel = excelWorkbook();
    const host = createExcelHost(excel.run as never, everySet, excel.documentSettings);
    const report = await host.selfTest();
    expect(report.host).toBe("Excel");
    expect(report.version).toBe("未知");
    expect(report.steps.every((s) => s.outcome === "ok")).toBe(true);
  });

  it("skips with the reason what Office 2019 lacks, and runs the rest", async () => {
    const excel = excelWorkbook();
    const report = await runExcelSelfTest(excel.run as never, office2019, excel.documentSettings, fixed);
    const skipped = report.steps.filter((s) => s.outcome === "skipped");
    expect(skipped.map((s) => s.name)).toEqual([
      "合并单元格（合并、读取合并区域）",
      "名称（添加、隐藏、删除）",
      "自定义 XML 部件（添加、读取、删除）",
      "填充（设置、读回、清除）",
      "页面设置（横向、A4、缩放、打印标题、冻结窗格）",
    ]);
    expect(skipped[0].detail).toMatch(/需要 ExcelApi 1\.13：Office 2021 及以上/);
    expect(report.steps.filter((s) => s.outcome === "failed")).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["签到表", "会务助手自检"]);
  });

  it("reports a refused call as ✗ with the error, runs the other steps and still removes the scratch", async () => {
    const excel = excelWorkbook();
    excel.refuseAction = { action: "SetCellProperties", code: "GeneralException", message: "refused" };
    const report = await runExcelSelfTest(excel.run as never, everySet, excel.documentSettings, fixed);
    const failed = report.steps.filter((s) => s.outcome === "failed");
    expect(failed.map((s) => [s.name, s.detail])).toEqual([
      ["填充（设置、读回、清除）", "Office 处理时出错，请稍后重试"],
    ]);
    expect(report.steps.at(-1)).toMatchObject({ name: "删除临时工作表", outcome: "ok" });
    expect(report.scratchRemoved).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual(["签到表", "会务助手自检"]);
  });

  it("skips every step when the scratch sheet cannot be added, and says so", async () => {
    const excel = excelWorkbook();
    excel.refuseAction = { action: "Add", code: "AccessDenied", message: "protected workbook" };
    const report = await runExcelSelfTest(excel.run as never, everySet, excel.documentSettings, fixed);
    expect(report.steps[0]).toMatchObject({ outcome: "failed", detail: expect.stringContaining("受保护") });
    expect(report.steps.slice(1, -1).every((s) => s.outcome === "skipped")).toBe(true);
    expect(report.steps[1].detail).toBe("临时工作表“会务助手自检(2)”未能创建，无法测试");
    expect(excel.sheets.map((s) => s.name)).toEqual(["签到表", "会务助手自检"]);
  });

  it("says so where hiding a name is ignored (office-js#3878) without failing the step", async () => {
    const excel = excelWorkbook();
    excel.namesIgnoreHiding = true;
    const report = await runExcelSelfTest(excel.run as never, everySet, excel.documentSettings, fixed);
    expect(report.steps.find((s) => s.name.startsWith("名称"))).toMatchObject({
      outcome: "ok",
      detail: expect.stringContaining("office-js#3878"),
    });
    expect(excel.names.size).toBe(0);
  });

  it("gives a report that reads the same in the docs (UPDATE_DOCS=1 rewrites the sample)", async () => {
    const excel = excelWorkbook();
    const report = await runExcelSelfTest(excel.run as never, office2019, excel.documentSettings, fixed);
    const text = selfTestText(report);
    expect(text).toMatch(
      /^会务助手自检报告\n时间：2026-12-08 14:03\n宿主：Excel\n版本：16\.0\.17928\.20392\n平台：PC\n/,
    );
    const bytes = selfTestFileBytes(report);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("\r\n✓ 新建临时工作表并写入样例（ExcelApi 1.1） 3 ms\r\n");
    const doc = readFileSync("docs/office-support.md", "utf8");
    const sample = /(<!-- self-test-sample -->\n```text\n)([\s\S]*?)(\n```)/;
    if (process.env.UPDATE_DOCS) writeFileSync("docs/office-support.md", doc.replace(sample, `$1${text}$3`));
    else expect(sample.exec(doc)?.[2]).toBe(text);
  });
});

describe("自检 in Word", () => {
  const document = () => new FakeWord(["关于召开会议的通知", "定于12月3日召开。"]);

  it("passes every step on a full-featured Word, and leaves the document as it was", async () => {
    const word = document();
    const before = JSON.stringify(word.doc);
    const report = await runWordSelfTest(word.run as never, everySet, fixed);
    expect(report.steps.filter((s) => s.outcome !== "ok")).toEqual([]);
    expect(report.steps.map((s) => s.name)).toEqual([
      "在文档末尾插入内容控件（insertOoxml）",
      "查找文字（search）",
      "批注（添加、删除）",
      "读取审阅后的文字（getReviewedText）",
      "读取修订（tracked changes）",
      "读取节",
      "读取页面设置",
      "删除内容控件",
    ]);
    expect(report.scratchRemoved).toBe(true);
    expect(JSON.stringify(word.doc)).toBe(before);
  });

  it("skips comments, tracked changes and page setup where Word 2019 lacks them, with the reason", async () => {
    const word = document();
    const host = createWordHost(word.run as never, office2019);
    const report = await host.selfTest(fixed);
    const skipped = report.steps.filter((s) => s.outcome === "skipped");
    expect(skipped.map((s) => s.name)).toEqual([
      "批注（添加、删除）",
      "读取审阅后的文字（getReviewedText）",
      "读取修订（tracked changes）",
      "读取页面设置",
    ]);
    expect(skipped[0].detail).toMatch(/需要 WordApi 1\.4：Office 2024 及以上/);
    expect(report.steps.filter((s) => s.outcome === "failed")).toEqual([]);
    expect(word.doc.paragraphs).toEqual(["关于召开会议的通知", "定于12月3日召开。"]);
  });

  it("reports a refused comment as ✗ and still removes the content control", async () => {
    const word = document();
    word.refuseCall = { call: "insertComment", code: "AccessDenied", message: "denied" };
    const report = await runWordSelfTest(word.run as never, everySet, fixed);
    expect(report.steps.filter((s) => s.outcome === "failed").map((s) => [s.name, s.detail])).toEqual([
      ["批注（添加、删除）", "文档或工作表受保护（或为只读），无法写入。请取消保护后再试"],
    ]);
    expect(report.scratchRemoved).toBe(true);
    expect(word.doc.controls).toEqual([]);
    expect(word.doc.paragraphs).toEqual(["关于召开会议的通知", "定于12月3日召开。"]);
  });
});

describe.each<Value2Shape>(["array", "item"])("自检 in WPS 表格 with Value2 as %s", (shape) => {
  const workbook = () => {
    const et = new FakeEt();
    et.value2Shape = shape;
    et.build = "12.1.0.17147";
    et.addSheet("签到表", [
      ["姓名", "单位"],
      ["王芳", "办公室"],
    ]);
    return et;
  };

  it("passes every step and leaves the workbook as it was", async () => {
    const et = workbook();
    const host = createWpsExcelHost(et.application as unknown as EtApplication);
    const report = await host.selfTest(fixed);
    expect(report.steps.filter((s) => s.outcome !== "ok")).toEqual([]);
    expect(report).toMatchObject({ host: "WPS 表格", version: "12.1.0.17147", scratchRemoved: true });
    expect(report.steps[1].detail).toBe(shape === "array" ? "Value2 为数组" : "Value2 为带 Item(行, 列) 的对象");
    expect(et.sheets.map((s) => s.Name)).toEqual(["签到表"]);
    expect(et.names).toEqual([]);
    expect(et.parts).toEqual([]);
    expect(et.activeSheet?.Name).toBe("签到表");
    // Deleting the sheet asked nothing: DisplayAlerts off for that call, then back on.
    expect(et.displayAlertsSet).toEqual([false, true]);
  });

  it("reports a refused call as ✗ with the error and still removes the scratch sheet", async () => {
    const et = workbook();
    const app = et.application;
    app.ActiveWorkbook!.CustomXMLParts.Add = () => {
      throw new Error("拒绝访问");
    };
    const report = await createWpsExcelHost(app as unknown as EtApplication).selfTest(fixed);
    expect(report.steps.filter((s) => s.outcome === "failed").map((s) => [s.name, s.detail])).toEqual([
      ["自定义 XML 部件（添加、读取、删除）", "WPS 操作失败：拒绝访问"],
    ]);
    expect(report.scratchRemoved).toBe(true);
    expect(et.sheets.map((s) => s.Name)).toEqual(["签到表"]);
  });

  it("skips custom XML parts with the reason on a WPS without them", async () => {
    const et = workbook();
    const app = et.application;
    Object.defineProperty(app.ActiveWorkbook, "CustomXMLParts", { value: undefined });
    const report = await createWpsExcelHost(app as unknown as EtApplication).selfTest(fixed);
    expect(report.steps.find((s) => s.outcome === "skipped")).toMatchObject({
      name: "自定义 XML 部件（添加、读取、删除）",
      detail: expect.stringContaining("没有 Workbook.CustomXMLParts"),
    });
    expect(report.steps.filter((s) => s.outcome === "failed")).toEqual([]);
  });
});

describe("自检 in WPS 文字", () => {
  const TEXT = ["关于召开会议的通知", "定于12月3日召开。"];

  it("passes every step and leaves the document's text as it was", async () => {
    const wps = new FakeWpsWriter(TEXT);
    const before = wps.text;
    const report = await createWpsWordHost(wps.application as unknown as WpsApplication).selfTest(fixed);
    expect(report.steps.filter((s) => s.outcome !== "ok")).toEqual([]);
    expect(report).toMatchObject({ host: "WPS 文字", version: "未知", scratchRemoved: true });
    expect(wps.text).toBe(before);
    expect(wps.controls).toEqual([]);
    expect(wps.comments).toEqual([]);
  });

  it("fails the insert where WPS has no Range.InsertXML, and still removes what it added", async () => {
    const wps = new FakeWpsWriter(TEXT);
    wps.noInsertXml = true;
    const before = wps.text;
    const report = await createWpsWordHost(wps.application as unknown as WpsApplication).selfTest(fixed);
    expect(report.steps[0]).toMatchObject({ outcome: "failed", detail: expect.stringContaining("Range.InsertXML") });
    expect(report.steps.slice(1, -1).every((s) => s.outcome === "skipped")).toBe(true);
    expect(report.scratchRemoved).toBe(true);
    expect(wps.text).toBe(before);
    expect(wps.controls).toEqual([]);
  });
});
