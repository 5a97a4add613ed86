import { cellOf } from "../../src/core/rules/finding";
import { cellsToMark, reportContent } from "../../src/core/report/report";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { ruleNamesOf } from "../../src/core/rules/rule-names";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { MARKS_NAMESPACE } from "../../src/hosts/excel/mark-record";
import { signinWorkbook } from "../bench/generate";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { FakeExcel } from "../fakes/excel-fake";

function workbook() {
  const excel = new FakeExcel();
  for (const grid of SAMPLE_WORKBOOKS[0].grids)
    excel.addSheet(grid.sheet, grid.rows, {
      fills: grid.sheet === "签到表" ? { G8: { color: "#00B050", pattern: "Solid" } } : {},
    });
  excel.addSheet("旧数据", [["x"]], { visibility: "Hidden" });
  return { excel, host: createExcelHost(excel.run as never, () => true) };
}

describe("the Excel adapter", () => {
  it("reads every visible sheet and finds what huiwu check finds", async () => {
    const { host } = workbook();
    const grids = await host.readWorkbook();
    expect(grids.map((g) => g.sheet)).toEqual(["签到表", "参会名单"]);
    const fromExcel = checkWorkbook(grids).sheets.flatMap((s) =>
      s.findings.map((f) => `${f.ruleId} ${cellOf(f)?.sheet}!${cellOf(f)?.cell}`),
    );
    const fromFile = checkWorkbook(SAMPLE_WORKBOOKS[0].grids).sheets.flatMap((s) =>
      s.findings.map((f) => `${f.ruleId} ${cellOf(f)?.sheet}!${cellOf(f)?.cell}`),
    );
    expect(fromExcel).toEqual(fromFile);
  });

  it("reads a 50,000-row register in a bounded number of syncs, every request under 5 MB", async () => {
    const counts: number[] = [];
    for (const rows of [10_000, 50_000]) {
      const excel = new FakeExcel();
      for (const grid of signinWorkbook(rows)) excel.addSheet(grid.sheet, grid.rows);
      const progress: number[] = [];
      const grids = await createExcelHost(excel.run as never, () => true).readWorkbook({
        onProgress: (done) => progress.push(done),
      });
      expect(grids[0].rows.length).toBeGreaterThan(rows * 0.9);
      expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
      expect(progress.length).toBeGreaterThan(1);
      counts.push(excel.syncs);
    }
    expect(counts[1]).toBeLessThanOrEqual(12);
    expect(counts[1]).toBeLessThan(counts[0] * 3);
  });

  it("splits a block the host finds too large and reads it again, every cell intact", async () => {
    const excel = new FakeExcel();
    const long = (i: number) => `${i}`.padEnd(32_767, "备");
    excel.addSheet("备注", [["姓名", "备注"], ...Array.from({ length: 300 }, (_, i) => [`张${i}`, long(i)])]);
    const grids = await createExcelHost(excel.run as never, () => true).readWorkbook();
    expect(grids[0].rows).toHaveLength(301);
    expect(grids[0].rows[300]).toEqual(["张299", long(299)]);
    const refused = excel.requestBytes.filter((bytes) => bytes > excel.payloadLimit);
    expect(refused.length).toBeGreaterThan(0);
    expect(excel.syncs).toBeLessThan(20);
  });

  it("explains a single row too large to read instead of looping", async () => {
    const excel = new FakeExcel();
    excel.payloadLimit = 1000;
    excel.addSheet("备注", [
      ["姓名", "备注"],
      ["张三", "备".repeat(2000)],
    ]);
    await expect(createExcelHost(excel.run as never, () => true).readWorkbook()).rejects.toThrow(
      /超过了 Office 的上限/,
    );
  });

  it("can be cancelled between blocks", async () => {
    const excel = new FakeExcel();
    for (const grid of signinWorkbook(50_000)) excel.addSheet(grid.sheet, grid.rows);
    const abort = new AbortController();
    const reading = createExcelHost(excel.run as never, () => true).readWorkbook({
      onProgress: () => abort.abort(),
      signal: abort.signal,
    });
    await expect(reading).rejects.toThrow("已取消检查");
  });

  it("marks faulty cells by severity in few syncs and clears them back to the exact original fills, even from a new pane", async () => {
    const { excel, host } = workbook();
    const report = checkWorkbook(await host.readWorkbook());
    const before = excel.syncs;
    expect(await host.markCells(cellsToMark(report.sheets))).toEqual({ cells: 12, limited: false });
    // Look for an earlier record; read the fills; write the record; the names and fills; hide the names and read
    // back that they are hidden (office-js#3878).
    expect(excel.syncs - before).toBeLessThanOrEqual(5);
    expect(excel.fillOf("签到表", "G8").color).toBe("#FFC7CE");
    expect(excel.fillOf("签到表", "B5").color).toBe("#DDEBF7");
    expect(excel.fillOf("签到表", "A1").pattern).toBe("None");
    // The record is a custom XML part and hidden names: no sheet is added (adding one would clear undo).
    expect(excel.sheets.map((s) => s.name)).toEqual(["签到表", "参会名单", "旧数据"]);
    expect(excel.xmlParts.map((p) => p.namespace)).toEqual([MARKS_NAMESPACE]);
    expect([...excel.names.values()].every((n) => !n.visible)).toBe(true);

    const reopened = createExcelHost(excel.run as never, () => true);
    expect(await reopened.clearMarks()).toEqual({ restored: 12, kept: 0, gone: 0 });
    expect(excel.fillOf("签到表", "G8")).toEqual({ color: "#00B050", pattern: "Solid", tintAndShade: 0 });
    expect(excel.fillOf("签到表", "B5").pattern).toBe("None");
    expect(excel.names.size).toBe(0);
    expect(excel.xmlParts).toEqual([]);
    expect(excel.writes).toEqual([]);
  });

  it("finds its cells after the sheet is renamed and rows are inserted above them", async () => {
    const { excel, host } = workbook();
    await host.markCells(cellsToMark(checkWorkbook(await host.readWorkbook()).sheets));
    excel.renameSheet("签到表", "签到（定稿）");
    excel.shiftRows("签到（定稿）", 2, 3); // three rows inserted above the data
    expect(await host.clearMarks()).toEqual({ restored: 12, kept: 0, gone: 0 });
    expect(excel.fillOf("签到（定稿）", "G11")).toEqual({ color: "#00B050", pattern: "Solid", tintAndShade: 0 });
    expect(excel.fillOf("签到（定稿）", "G8").pattern).toBe("None");
    const sheet = excel.sheet("签到（定稿）");
    expect([...sheet.fills.values()].filter((f) => f.color !== "#00B050")).toEqual([]);
  });

  it("keeps a fill the user set after marking, and says which marked cells were deleted", async () => {
    const { excel, host } = workbook();
    await host.markCells(cellsToMark(checkWorkbook(await host.readWorkbook()).sheets));
    excel.userFill("签到表", "B5", { color: "#FFFF00", pattern: "Solid" });
    excel.shiftRows("签到表", 7, -1); // the row of G8 is deleted
    expect(await host.clearMarks()).toEqual({ restored: 9, kept: 1, gone: 2 }); // G8 and F8 went with their row
    expect(excel.fillOf("签到表", "B5").color).toBe("#FFFF00");
  });

  it("says a damaged record cannot be used, and discards it without touching a cell", async () => {
    const { excel, host } = workbook();
    await host.markCells(cellsToMark(checkWorkbook(await host.readWorkbook()).sheets));
    excel.xmlParts[0].xml = `<marks xmlns="${MARKS_NAMESPACE}">{"v":1,"marks":[{"name":3}]}</marks>`;
    await expect(host.clearMarks()).rejects.toMatchObject({
      code: "MarkRecordCorrupt",
      message: expect.stringMatching(/标注记录已损坏.*放弃标注记录/),
    });
    await host.discardMarks();
    expect(excel.names.size).toBe(0);
    expect(excel.xmlParts).toEqual([]);
    expect(excel.fillOf("签到表", "G8").color).toBe("#FFC7CE");
    expect(await host.clearMarks()).toEqual({ restored: 0, kept: 0, gone: 0 });
  });

  it("clears marks recorded by an earlier version on its hidden sheet", async () => {
    const { excel, host } = workbook();
    excel.userFill("签到表", "G8", { color: "#FFC7CE", pattern: "Solid" });
    const legacy = JSON.stringify([
      { sheet: "签到表", address: "G8", fills: [[{ color: "#00B050", pattern: "Solid", tintAndShade: 0 }]] },
    ]);
    excel.addSheet("会务助手_标注记录", [[legacy]], { visibility: "VeryHidden" });
    expect(await host.clearMarks()).toEqual({ restored: 1, kept: 0, gone: 0 });
    expect(excel.fillOf("签到表", "G8").color).toBe("#00B050");
    expect(excel.sheets.some((s) => s.name === "会务助手_标注记录")).toBe(false);
  });

  it("refuses to mark a protected sheet and changes nothing", async () => {
    const { excel, host } = workbook();
    excel.sheet("签到表").protected = true;
    const report = checkWorkbook(await host.readWorkbook());
    await expect(host.markCells(cellsToMark(report.sheets))).rejects.toThrow(/工作表“签到表”受保护，无法标注/);
    expect(excel.fillOf("签到表", "G8").color).toBe("#00B050");
    expect(excel.names.size).toBe(0);
    expect(excel.xmlParts).toEqual([]);
  });

  it("writes the report to a new sheet, numbered when one exists, never into a data sheet", async () => {
    const { excel, host } = workbook();
    const report = checkWorkbook(await host.readWorkbook());
    const content = reportContent(report.sheets, "2026-12-03 10:00", ruleNamesOf(REGISTER_RULES));
    expect(await host.writeReport(content)).toBe("核对报告");
    expect(await host.writeReport(content)).toBe("核对报告2");
    expect(excel.writes.every((w) => w.startsWith("核对报告"))).toBe(true);
    const sheet = excel.sheet("核对报告");
    expect(excel.valueOf("核对报告", "A1")).toBe("会务助手核对报告");
    const links = [...sheet.links.values()];
    expect(links).toContain("'签到表'!G8");
    expect(links).toContain("'参会名单'!A11");
    // Read and printed as a clerk would: Chinese rule names, a tally sentence, the header on every page.
    const cells = [...sheet.values.values()].map(String);
    expect(cells).toContain("签到时间晚于会议开始时间");
    expect(cells.some((c) => /^签到表（会议签到表）：应到 \d+ 人，实到 \d+ 人/.test(c))).toBe(true);
    const headerRow = [...sheet.values].find(([, v]) => v === "工作表")![0].split(",")[0];
    expect(sheet.layout).toEqual({
      frozenRows: Number(headerRow) + 1,
      printTitleRows: `$${Number(headerRow) + 1}:$${Number(headerRow) + 1}`,
      // A4, as the checked copy of file mode prints it.
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  it("writes text as text: no report cell or fix turns into a formula or a number", async () => {
    const { excel, host } = workbook();
    const report = checkWorkbook(await host.readWorkbook());
    const content = reportContent(report.sheets, "2026-12-03 10:00", ruleNamesOf(REGISTER_RULES));
    // A message that starts with what the user typed, and a sheet named like a formula.
    content.rows.push({ ...content.rows[0], sheet: "=1+1", message: '=HYPERLINK("http://x")' });
    await host.writeReport(content);
    const fix = { kind: "cell" as const, sheet: "签到表", cell: "B5", before: "李  娜", after: "01012345678" };
    await host.applyFix(fix);
    expect(excel.writes.length).toBeGreaterThan(0);
    expect(excel.retyped).toEqual([]);
  });

  it("applies a confirmed fix and undoes it, but never over a later edit", async () => {
    const { excel, host } = workbook();
    const fix = { kind: "cell" as const, sheet: "签到表", cell: "B5", before: "李  娜", after: "李娜" };
    await host.applyFix(fix);
    expect(excel.valueOf("签到表", "B5")).toBe("李娜");
    await host.undoFix(fix);
    expect(excel.valueOf("签到表", "B5")).toBe("李  娜");
    excel.sheet("签到表").values.set("4,1", "李娜娜");
    await expect(host.applyFix(fix)).rejects.toThrow(/内容已变为“李娜娜”/);
    expect(excel.valueOf("签到表", "B5")).toBe("李娜娜");
  });

  it("activates the sheet and selects the cell of a finding", async () => {
    const { excel, host } = workbook();
    await host.selectCell("参会名单", "A11");
    expect(excel.selected).toBe("参会名单!A11");
    expect(excel.sheets[excel.active].name).toBe("参会名单");
  });

  it("says what Excel version marking needs when the host lacks ExcelApi 1.9", async () => {
    const excel = new FakeExcel();
    excel.addSheet("s", [["姓名", "单位"]]);
    await expect(createExcelHost(excel.run as never, () => false).markCells(new Map())).rejects.toThrow(
      /需要 ExcelApi 1\.9/,
    );
  });
});
