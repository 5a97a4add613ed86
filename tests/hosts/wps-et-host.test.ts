import { cellOf } from "../../src/core/rules/finding";
import { cellsToMark, reportContent } from "../../src/core/report/report";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { ruleNamesOf } from "../../src/core/rules/rule-names";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { MARKS_NAMESPACE } from "../../src/hosts/excel/mark-record";
import { SETTINGS_NAMESPACE, createWpsExcelHost, fromBgr, toBgr } from "../../src/hosts/wps/et-host";
import { wpsApplication } from "../../src/hosts/wps/detect";
import { XL_SHEET, type EtApplication } from "../../src/hosts/wps/wps-api";
import { signinWorkbook } from "../bench/generate";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { FakeEt } from "../fakes/wps-fake";

function workbook() {
  const et = new FakeEt();
  for (const grid of SAMPLE_WORKBOOKS[0].grids)
    et.addSheet(grid.sheet, grid.rows, { fills: grid.sheet === "签到表" ? { G8: "#00B050" } : {} });
  et.addSheet("旧数据", [["x"]], { visible: XL_SHEET.Hidden });
  return { et, host: createWpsExcelHost(et.application as unknown as EtApplication) };
}

const findings = (grids: Parameters<typeof checkWorkbook>[0]) =>
  checkWorkbook(grids).sheets.flatMap((s) =>
    s.findings.map((f) => `${f.ruleId} ${cellOf(f)?.sheet}!${cellOf(f)?.cell}`),
  );

describe("the WPS 表格 adapter", () => {
  it("converts Excel's #RRGGBB to VBA's BGR integers and back", () => {
    expect(toBgr("#FF0000")).toBe(0x0000ff);
    expect(toBgr("#FFC7CE")).toBe(0xcec7ff);
    expect(fromBgr(0xcec7ff)).toBe("#FFC7CE");
  });

  it("tells WPS 表格 and WPS 文字 apart from the global wps object, and Office or a browser from both", () => {
    const et = new FakeEt().application;
    expect(wpsApplication({ wps: { EtApplication: () => et } })).toBe("et");
    expect(wpsApplication({ wps: {}, Application: et })).toBe("et");
    expect(wpsApplication({ wps: { WpsApplication: () => ({ Documents: { Count: 0 } }) } })).toBe("wps");
    expect(wpsApplication({ wps: { EtApplication: () => null, WpsApplication: () => null } })).toBeNull();
    expect(wpsApplication({})).toBeNull();
  });

  it("reads every visible sheet and finds what huiwu check finds", async () => {
    const { host } = workbook();
    const grids = await host.readWorkbook();
    expect(grids.map((g) => g.sheet)).toEqual(["签到表", "参会名单"]);
    expect(findings(grids)).toEqual(findings(SAMPLE_WORKBOOKS[0].grids));
    expect(host.mergedAreasCaveat()).toBeNull();
  });

  it("reads a used range that starts below A1 and its merged areas, relative to it", async () => {
    const et = new FakeEt();
    et.addSheet("s", [["签到表"], ["姓名", "单位"], ["张三", "办公室"]], { at: "B3", merges: ["B3:C3"] });
    const [grid] = await createWpsExcelHost(et.application as unknown as EtApplication).readWorkbook();
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.rows).toEqual([
      ["签到表", null],
      ["姓名", "单位"],
      ["张三", "办公室"],
    ]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("reads a 50,000-row register in row blocks, reporting progress, and asks cell by cell only where merges are", async () => {
    const et = new FakeEt();
    const grid = signinWorkbook(50_000)[0];
    et.addSheet(grid.sheet, grid.rows);
    const progress: number[] = [];
    const [read] = await createWpsExcelHost(et.application as unknown as EtApplication).readWorkbook({
      onProgress: (done) => progress.push(done),
    });
    expect(read.rows.length).toBe(grid.rows.length);
    expect(read.rows[40_000]).toEqual(grid.rows[40_000].map((v) => (v === "" ? null : v)));
    expect(et.reads).toBeLessThanOrEqual(10);
    expect(progress.at(-1)).toBe(progress.length);
    expect(et.mergeQueries).toBeLessThanOrEqual(progress.length);
  });

  it("can be cancelled between blocks", async () => {
    const et = new FakeEt();
    et.addSheet("s", signinWorkbook(50_000)[0].rows);
    const abort = new AbortController();
    const read = createWpsExcelHost(et.application as unknown as EtApplication).readWorkbook({
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(read).rejects.toThrow("已取消检查");
  });

  it("marks faulty cells by severity and clears them back to the original fills, even from a new pane", async () => {
    const { et, host } = workbook();
    const report = checkWorkbook(await host.readWorkbook());
    expect(await host.markCells(cellsToMark(report.sheets))).toEqual({ cells: 12, limited: false });
    expect(et.fillOf("签到表", "G8").color).toBe("#FFC7CE");
    expect(et.fillOf("签到表", "B5").color).toBe("#DDEBF7");
    expect(et.fillOf("签到表", "A1").pattern).toBe("None");
    // The record is a custom XML part and hidden names, as the Excel host keeps it: no sheet is added.
    expect(et.sheets.map((s) => s.Name)).toEqual(["签到表", "参会名单", "旧数据"]);
    expect(et.parts.map((p) => p.NamespaceURI)).toEqual([MARKS_NAMESPACE]);
    expect(et.names.length).toBe(12);
    expect(et.names.every((n) => !n.Visible)).toBe(true);

    const reopened = createWpsExcelHost(et.application as unknown as EtApplication);
    expect(await reopened.clearMarks()).toEqual({ restored: 12, kept: 0, gone: 0 });
    expect(et.fillOf("签到表", "G8")).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(et.fillOf("签到表", "B5").pattern).toBe("None");
    expect(et.names).toEqual([]);
    expect(et.parts).toEqual([]);
  });

  it("finds its cells after the sheet is renamed and rows are inserted above them", async () => {
    const { et, host } = workbook();
    await host.markCells(cellsToMark(checkWorkbook(await host.readWorkbook()).sheets));
    et.sheet("签到表").Name = "签到（定稿）";
    et.shiftRows("签到（定稿）", 3, 3);
    expect(await host.clearMarks()).toEqual({ restored: 12, kept: 0, gone: 0 });
    expect(et.fillOf("签到（定稿）", "G11")).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(et.fillOf("签到（定稿）", "G8").pattern).toBe("None");
  });

  it("keeps a fill the user set after marking, and says which marked cells were deleted", async () => {
    const { et, host } = workbook();
    await host.markCells(cellsToMark(checkWorkbook(await host.readWorkbook()).sheets));
    et.userFill("签到表", "B5", "#FFFF00");
    et.shiftRows("签到表", 8, -1); // the row of G8 is deleted
    expect(await host.clearMarks()).toEqual({ restored: 9, kept: 1, gone: 2 });
    expect(et.fillOf("签到表", "B5").color).toBe("#FFFF00");
    expect(et.names).toEqual([]);
  });

  it("says a damaged record cannot be used, and discards it without touching a cell", async () => {
    const { et, host } = workbook();
    await host.markCells(cellsToMark(checkWorkbook(await host.readWorkbook()).sheets));
    et.parts[0].XML = `<marks xmlns="${MARKS_NAMESPACE}">not json</marks>`;
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "MarkRecordCorrupt" });
    await host.discardMarks();
    expect(et.parts).toEqual([]);
    expect(et.names).toEqual([]);
    expect(et.fillOf("签到表", "G8").color).toBe("#FFC7CE");
  });

  it("refuses to mark a protected sheet and changes nothing", async () => {
    const { et, host } = workbook();
    et.sheet("签到表").ProtectContents = true;
    const report = checkWorkbook(await host.readWorkbook());
    await expect(host.markCells(cellsToMark(report.sheets))).rejects.toThrow(/工作表“签到表”受保护，无法标注/);
    expect(et.fillOf("签到表", "G8").color).toBe("#00B050");
    expect(et.names).toEqual([]);
    expect(et.parts).toEqual([]);
  });

  it("writes the report to a new sheet as text, numbered when one exists, with links and a landscape page", async () => {
    const { et, host } = workbook();
    const report = checkWorkbook(await host.readWorkbook());
    const content = reportContent(report.sheets, "2026-12-03 10:00", ruleNamesOf(REGISTER_RULES));
    content.rows.push({ ...content.rows[0], sheet: "=1+1", message: '=HYPERLINK("http://x")' });
    expect(await host.writeReport(content)).toBe("核对报告");
    expect(await host.writeReport(content)).toBe("核对报告2");
    expect(et.sheets.map((s) => s.Name)).toEqual(["签到表", "参会名单", "旧数据", "核对报告", "核对报告2"]);
    expect(et.valueOf("核对报告", "A1")).toBe("会务助手核对报告");
    const sheet = et.sheet("核对报告");
    expect(sheet.hyperlinks.map((l) => l.subAddress)).toEqual(
      expect.arrayContaining(["'签到表'!G8", "'参会名单'!A11"]),
    );
    expect(sheet.PageSetup).toMatchObject({ Orientation: 2, FitToPagesWide: 1, FitToPagesTall: false });
    expect(et.activeSheet?.Name).toBe("核对报告2");
  });

  it("applies a confirmed fix as text and undoes it, but never over a later edit", async () => {
    const { et, host } = workbook();
    const fix = { kind: "cell" as const, sheet: "签到表", cell: "B5", before: "李  娜", after: "李娜" };
    await host.applyFix(fix);
    expect(et.valueOf("签到表", "B5")).toBe("李娜");
    await host.undoFix(fix);
    expect(et.valueOf("签到表", "B5")).toBe("李  娜");
    et.sheet("签到表").cell(5, 2).value = "李娜娜";
    await expect(host.applyFix(fix)).rejects.toThrow(/内容已变为“李娜娜”/);
    await host.applyFix({ ...fix, before: "李娜娜", after: "01012345678" });
    expect(et.valueOf("签到表", "B5")).toBe("01012345678");
  });

  it("swaps two cells only if they still hold what the user saw", async () => {
    const { et, host } = workbook();
    const a = { address: "B5", value: "李  娜" };
    const b = { address: "B6", value: String(et.valueOf("签到表", "B6")) };
    await host.swapCells("签到表", a, b);
    expect([et.valueOf("签到表", "B5"), et.valueOf("签到表", "B6")]).toEqual([b.value, a.value]);
    await expect(host.swapCells("签到表", a, b)).rejects.toThrow(/B5 的内容已变为/);
  });

  it("activates the sheet and selects the cell of a finding", async () => {
    const { et, host } = workbook();
    await host.selectCell("参会名单", "A11");
    expect(et.selected).toBe("参会名单!A11");
    expect(et.activeSheet?.Name).toBe("参会名单");
  });

  it("keeps settings in a custom XML part of the workbook, and removes them", async () => {
    const { et, host } = workbook();
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ rules: { "signin/late": "off" }, note: "<&>" });
    await host.saveSettings({ rules: { "signin/late": "warning" }, note: "<&>" });
    expect(et.parts.map((p) => p.NamespaceURI)).toEqual([SETTINGS_NAMESPACE]);
    expect(await createWpsExcelHost(et.application as unknown as EtApplication).loadSettings()).toEqual({
      rules: { "signin/late": "warning" },
      note: "<&>",
    });
    await host.saveSettings(null);
    expect(et.parts).toEqual([]);
  });

  it("appends rows under a register as text and dates, only into empty cells", async () => {
    const et = new FakeEt();
    et.addSheet("督办台账", [
      ["事项", "时限"],
      ["甲", 46000],
    ]);
    const host = createWpsExcelHost(et.application as unknown as EtApplication);
    await host.appendRows("督办台账", { row: 2, col: 0 }, [["=SUM(1)", 46100]], [1]);
    expect(et.valueOf("督办台账", "A3")).toBe("=SUM(1)");
    expect(et.sheet("督办台账").cell(3, 2).numberFormat).toBe("yyyy/m/d");
    await expect(host.appendRows("督办台账", { row: 1, col: 0 }, [["乙"]], [])).rejects.toThrow(/已有内容/);
  });

  it("writes a 座次图 to a new sheet with its merges, never over an existing one", async () => {
    const { et, host } = workbook();
    const chart = {
      sheet: "签到表",
      rows: [
        ["座次图", "", ""],
        ["", "主席台（面向会场）", ""],
        ["第一排", "张三", "李四"],
      ],
      cells: [
        ["title", "title", "title"],
        [null, "band", "band"],
        ["label", "seat", "seat"],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 1, left: 1, bottom: 1, right: 2 },
      ],
      seats: [],
      side: "left",
      width: 2,
    } as unknown as Parameters<typeof host.writeSeatingChart>[0];
    expect(await host.writeSeatingChart(chart)).toBe("签到表(2)");
    const sheet = et.sheet("签到表(2)");
    expect(sheet.merges).toHaveLength(2);
    expect(et.valueOf("签到表(2)", "B3")).toBe("张三");
    expect(et.fillOf("签到表(2)", "B2").color).toBe("#D9D9D9");
    expect(sheet.PageSetup).toMatchObject({ PaperSize: 9, Orientation: 2 });
  });

  it("says so in Chinese when no workbook is open", async () => {
    const et = new FakeEt();
    et.closed = true;
    await expect(createWpsExcelHost(et.application as unknown as EtApplication).readWorkbook()).rejects.toThrow(
      /没有打开的工作簿/,
    );
  });
});
