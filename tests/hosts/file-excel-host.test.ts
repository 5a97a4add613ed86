import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MARK_COLOURS, reportContent } from "../../src/core/report/report";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { ruleNamesOf } from "../../src/core/rules/rule-names";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { rosterChart, seatingRoster } from "../../src/core/seating/roster-chart";
import { type Grid, cellAddress } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import { type OpenedWorkbook, createFileExcelHost } from "../../src/hosts/files/file-excel-host";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { SAMPLE_WORKBOOKS } from "../../src/samples";

/** A bordered 签到表 as Excel users keep one: the copy must keep the borders of the cells it writes. */
async function borderedSignin(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("签到表");
  sheet.addRow(["序号", "姓名", "单位", "签到时间"]);
  sheet.addRow([1, "李  娜", "县财政局", "8:50"]);
  sheet.addRow([2, "王建国", "县应急管理局", "8:55"]);
  const thin = { style: "thin" as const };
  sheet.eachRow((row) => row.eachCell((cell) => (cell.border = { top: thin, left: thin, bottom: thin, right: thin })));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function opened(fileName: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  return { fileName, bytes: async () => bytes, grids: await readWorkbookGrids(bytes, fileName) };
}

async function cellsOf(bytes: Uint8Array, sheet: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { names: workbook.worksheets.map((s) => s.name), sheet: workbook.getWorksheet(sheet)! };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const fix = { kind: "cell" as const, sheet: "签到表", cell: "B2", before: "李  娜", after: "李娜" };

describe("file mode's Excel host", () => {
  it("reads the opened file's sheets, and a fix is what the next read sees; a cell changed since is refused", async () => {
    const host = createFileExcelHost([await opened("签到.xlsx", await borderedSignin())]);
    const [before] = await host.readWorkbook();
    expect(before.rows[1][1]).toBe("李  娜");
    await host.applyFix(fix);
    expect((await host.readWorkbook())[0].rows[1][1]).toBe("李娜");
    expect(before.rows[1][1]).toBe("李  娜");
    await expect(host.applyFix(fix)).rejects.toThrow("签到表!B2 的内容已变为“李娜”，不再修改，请重新检查");
    await host.undoFix(fix);
    expect((await host.readWorkbook())[0].rows[1][1]).toBe("李  娜");
  });

  it("shows a selected cell through its callback, and reads only that sheet when asked for the active one", async () => {
    const selected: string[] = [];
    const sample = SAMPLE_WORKBOOKS[0];
    const host = createFileExcelHost(
      [{ fileName: sample.fileName, bytes: async () => new Uint8Array(), grids: sample.grids }],
      {
        onSelect: (sheet, address) => selected.push(`${sheet}!${address}`),
      },
    );
    const last = sample.grids.at(-1)!.sheet;
    await host.selectCell(last, "B3");
    expect(selected).toEqual([`${last}!B3`]);
    expect((await host.readWorkbook({ activeOnly: true })).map((g) => g.sheet)).toEqual([last]);
    expect(host.mergedAreasCaveat()).toBeNull();
  });

  it("downloads a copy with the fix written, the marks filled, a 核对报告, and the user's borders kept", async () => {
    const bytes = await borderedSignin();
    const host = createFileExcelHost([await opened("签到.xlsx", bytes)]);
    expect(await host.downloads()).toEqual([]);
    await host.applyFix(fix);
    const sheets = checkWorkbook(await host.readWorkbook()).sheets;
    expect(await host.markCells(new Map([["签到表", new Map([["C3", "error" as const]])]]))).toEqual({
      cells: 1,
      limited: false,
    });
    expect(await host.writeReport(reportContent(sheets, "2026/12/3 09:00:00", ruleNamesOf(REGISTER_RULES)))).toBe(
      "核对报告",
    );
    const [copy, ...more] = await host.downloads();
    expect(more).toEqual([]);
    expect(copy.fileName).toBe("签到（核对结果）.xlsx");
    const { names, sheet } = await cellsOf(copy.bytes, "签到表");
    expect(names).toEqual(["签到表", "核对报告"]);
    expect(sheet.getCell("B2").value).toBe("李娜");
    expect(sheet.getCell("B2").border?.top?.style).toBe("thin");
    expect((sheet.getCell("C3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_COLOURS.error.slice(1)}`);
    expect(sheet.getCell("C3").border?.top?.style).toBe("thin");
    // The opened bytes are only read.
    expect((await readWorkbookGrids(bytes, "签到.xlsx"))[0].rows[1][1]).toBe("李  娜");
  });

  it("clears the marks it made, and a copy made after has none", async () => {
    const host = createFileExcelHost([await opened("签到.xlsx", await borderedSignin())]);
    await host.markCells(new Map([["签到表", new Map([["C3", "error" as const]])]]));
    expect(await host.clearMarks()).toEqual({ restored: 1, kept: 0, gone: 0 });
    expect(await host.downloads()).toEqual([]);
  });

  it("appends rows below the table as dates and text, and refuses cells that hold anything", async () => {
    const host = createFileExcelHost([await opened("签到.xlsx", await borderedSignin())]);
    await host.appendRows("签到表", { row: 3, col: 0 }, [[3, "赵敏", "县水利局", 46000]], [3]);
    expect((await host.readWorkbook())[0].rows[3]).toEqual([3, "赵敏", "县水利局", 46000]);
    await expect(host.appendRows("签到表", { row: 2, col: 0 }, [[9, "钱七"]], [])).rejects.toThrow(
      "工作表“签到表”第 3 行以下已有内容，未追加",
    );
    const [copy] = await host.downloads();
    const { sheet } = await cellsOf(copy.bytes, "签到表");
    expect(sheet.getCell("B4").value).toBe("赵敏");
    expect(sheet.getCell("D4").value).toBeInstanceOf(Date);
  });

  it("grows an Excel table and its filter over the rows appended below it, in the downloaded copy", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("督办台账").addTable({
      name: "督办",
      ref: "A1",
      headerRow: true,
      columns: ["序号", "议定事项", "责任单位", "完成时限"].map((name) => ({ name, filterButton: true })),
      rows: [[1, "修订县级应急预案", "县应急管理局", "2026年12月31日"]],
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const tableXml = async (xlsx: Uint8Array) => {
      const zip = await JSZip.loadAsync(xlsx);
      const path = Object.keys(zip.files).find((name) => /^xl\/tables\/[^/]+\.xml$/.test(name))!;
      return zip.file(path)!.async("string");
    };
    expect(await tableXml(bytes)).toMatch(/ref="A1:D2"/);

    const host = createFileExcelHost([await opened("台账.xlsx", bytes)]);
    await host.appendRows("督办台账", { row: 2, col: 0 }, [[2, "开展安全检查", "县应急管理局", 46022]], [3]);
    await host.appendRows("督办台账", { row: 3, col: 0 }, [[3, "整治施工安全", "县住建局", null]], [3]);
    const [copy] = await host.downloads();
    const table = await tableXml(copy.bytes);
    expect(table).toMatch(/<table\b[^>]*\bref="A1:D4"/);
    expect(table).toMatch(/<autoFilter\b[^>]*\bref="A1:D4"/);
    const { sheet } = await cellsOf(copy.bytes, "督办台账");
    expect(sheet.getCell("B4").value).toBe("整治施工安全");
    expect(sheet.getCell("D3").value).toBeInstanceOf(Date);
  });

  describe("refuses, before anything is written, to append where the opened file says the copy would be wrong", () => {
    /** A 督办台账 of one item (header in row 1), its sheet's XML changed by `patch`. */
    async function tracking(patch: (sheetXml: string) => string): Promise<Uint8Array> {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("督办台账");
      sheet.addRow(["序号", "议定事项", "责任单位", "完成时限"]);
      sheet.addRow([1, "修订县级应急预案", "县应急管理局", "2026年12月31日"]);
      const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
      const path = "xl/worksheets/sheet1.xml";
      zip.file(path, patch(await zip.file(path)!.async("string")));
      return zip.generateAsync({ type: "uint8array" });
    }
    const row = [[2, "开展安全检查", "县应急管理局", 46022]];

    async function expectRefused(file: OpenedWorkbook, message: string) {
      const host = createFileExcelHost([file]);
      const before = await host.readWorkbook();
      await expect(host.appendRows("督办台账", { row: 2, col: 0 }, row, [3])).rejects.toThrow(message);
      expect(await host.readWorkbook()).toEqual(before);
      expect(await host.downloads()).toEqual([]);
    }

    it("a protected sheet, in the words the Excel and WPS hosts use", async () => {
      const bytes = await tracking((xml) => xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>'));
      await expectRefused(
        await opened("台账.xlsx", bytes),
        "工作表“督办台账”受保护，无法追加。请先取消保护（审阅 → 撤销工作表保护）",
      );
    });

    it("a 合计 formula saved without its result below the table, which reads as an empty row", async () => {
      const bytes = await tracking((xml) =>
        xml.replace("</sheetData>", '<row r="4"><c r="B4"><f>COUNTA(B2:B3)</f></c></row></sheetData>'),
      );
      const file = await opened("台账.xlsx", bytes);
      expect(file.grids[0].rows.slice(2).flat().filter(Boolean)).toEqual([]);
      await expectRefused(
        file,
        "工作表“督办台账”的表格下面第 4 行有公式或内容（如合计行），追加会覆盖它，未追加；请先把它移开",
      );
    });

    it("a 台账 that is no .xlsx (a .csv), whose copy would be rebuilt from its values", async () => {
      const csv = new TextEncoder().encode(
        "序号,议定事项,责任单位,完成时限\n1,修订县级应急预案,县应急管理局,2026年12月31日\n",
      );
      const file = await opened("督办台账.csv", csv);
      await expectRefused(
        { ...file, grids: file.grids.map((grid) => ({ ...grid, sheet: "督办台账" })) },
        "督办台账.csv：只能追加到 .xlsx 督办台账；请在 Excel 或 WPS 中另存为 .xlsx 后再试",
      );
    });

    it("and appends to the same 台账 left unchanged: each refusal comes from its change", async () => {
      const bytes = await tracking((xml) => xml);
      const host = createFileExcelHost([await opened("台账.xlsx", bytes)]);
      await host.appendRows("督办台账", { row: 2, col: 0 }, row, [3]);
      const [copy] = await host.downloads();
      expect((await cellsOf(copy.bytes, "督办台账")).sheet.getCell("B3").value).toBe("开展安全检查");
    });
  });

  it("adds a 座次图 sheet the next read sees, swaps two seats only as they were seen, and downloads the chart", async () => {
    const sample = SAMPLE_WORKBOOKS.find((w) => w.id === "seating")!;
    const host = createFileExcelHost([
      { fileName: "名单.xlsx", bytes: async () => new Uint8Array(), grids: sample.grids as Grid[] },
    ]);
    const tables = (await host.readWorkbook()).map(readRegister);
    const made = rosterChart(seatingRoster(tables)!)!;
    // The sample has its own 座次图 already: never written over.
    expect(sample.grids.map((g) => g.sheet)).toContain("座次图");
    expect(await host.writeSeatingChart(made.chart)).toBe("座次图(2)");
    // Made again, it replaces the one made before; it belongs to the 名单's file, and only it is a chart here.
    const name = await host.writeSeatingChart(made.chart);
    expect(name).toBe("座次图(2)");
    expect((await host.readWorkbook()).filter((g) => g.sheet.startsWith("座次图"))).toHaveLength(2);
    expect(host.fileOf(name)).toBe("名单.xlsx");
    expect(host.chartOf("座次图")).toBeUndefined();
    const chart = (await host.readWorkbook()).find((g) => g.sheet === name)!;
    expect(chart.rows).toEqual(made.chart.rows);
    const [one, two] = made.chart.seats;
    const a = { address: cellAddress(one.row, one.col), value: one.name };
    const b = { address: cellAddress(two.row, two.col), value: two.name };
    await host.swapCells(name, a, b);
    const swapped = (await host.readWorkbook()).find((g) => g.sheet === name)!;
    expect(swapped.rows[one.row][one.col]).toBe(two.name);
    expect(swapped.rows[two.row][two.col]).toBe(one.name);
    await expect(host.swapCells(name, a, b)).rejects.toThrow("未交换，请重新检查");
    expect(host.chartOf(name)!.rows[one.row][one.col]).toBe(two.name);

    // The checked copy is not made for a chart alone: the chart downloads as its own workbook.
    expect(await host.downloads()).toEqual([]);
    const download = await host.downloadChart(name);
    expect(download.fileName).toBe("名单（座次图）.xlsx");
    const read = await readWorkbookGrids(download.bytes, download.fileName);
    expect(read[0].rows[one.row][one.col]).toBe(two.name);
    await expect(host.downloadChart("座次图")).rejects.toThrow("不是这里生成的座次图");
    expect(read.map((g) => g.sheet)).toContain(sample.grids.find((g) => readRegister(g).kind === "roster")!.sheet);
  });

  it("keeps settings in the browser's storage: saved, read again by a new host, removed", async () => {
    const storage = memoryStorage();
    const files = [await opened("签到.xlsx", await borderedSignin())];
    await createFileExcelHost(files, { storage }).saveSettings({ rules: { "signin/duplicate": "off" } });
    expect(await createFileExcelHost(files, { storage }).loadSettings()).toEqual({
      rules: { "signin/duplicate": "off" },
    });
    await createFileExcelHost(files, { storage }).saveSettings(null);
    expect(await createFileExcelHost(files, { storage }).loadSettings()).toBeNull();
    await expect(createFileExcelHost(files, { storage: null }).saveSettings({})).rejects.toThrow("不允许本页保存设置");
  });

  it("tells two opened files' sheets of one name apart, and each file's copy gets its own marks", async () => {
    const host = createFileExcelHost([
      await opened("上午.xlsx", await borderedSignin()),
      await opened("下午.xlsx", await borderedSignin()),
    ]);
    const grids = await host.readWorkbook();
    expect(grids.map((g) => g.sheet)).toEqual(["签到表（上午.xlsx）", "签到表（下午.xlsx）"]);
    await host.markCells(new Map([["签到表（下午.xlsx）", new Map([["B2", "info" as const]])]]));
    const downloads = await host.downloads();
    expect(downloads.map((d) => d.fileName)).toEqual(["下午（核对结果）.xlsx"]);
    const { sheet } = await cellsOf(downloads[0].bytes, "签到表");
    expect((sheet.getCell("B2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_COLOURS.info.slice(1)}`);
  });

  it("says file mode needs no self-test: nothing is made, nothing to remove", async () => {
    const host = createFileExcelHost([]);
    const report = await host.selfTest({ date: () => new Date(2026, 11, 8, 14, 3) });
    expect(report).toEqual(
      expect.objectContaining({ host: "文件模式", ranAt: "2026-12-08 14:03", steps: [], scratchRemoved: true }),
    );
    expect(report.scratch).toMatch(/无需自检/);
  });
});
