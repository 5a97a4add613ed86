import { type PrintTable, printTableRowHeight } from "../../src/core/look/print-table";
import { SIGNIN_HEADER, SIGNIN_WIDTHS, signinSheet } from "../../src/core/replies/signin-sheet";
import { cellAddress } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { createFileExcelHost } from "../../src/hosts/files/file-excel-host";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { createWpsExcelHost } from "../../src/hosts/wps/et-host";
import type { EtApplication } from "../../src/hosts/wps/wps-api";
import { SEATING_ROSTER_SHEET } from "../../src/samples/other-registers";
import { FakeExcel } from "../fakes/excel-fake";
import { FakeEt } from "../fakes/wps-fake";

const key = (r: number, c: number) => `${r},${c}`;

/** The 签到表 of the sample 参会名单, as the pane writes it. */
function signinTable(): PrintTable {
  const sheet = signinSheet(readRegister(SEATING_ROSTER_SHEET), "unit");
  return { ...sheet, widths: SIGNIN_WIDTHS, rowHeight: 30 };
}

const firstPerson = (table: PrintTable) => table.grid.rows[table.headerRow + 1];

describe("writing a table to print on a new sheet", () => {
  describe("in Excel", () => {
    function excelWith(...names: string[]) {
      const excel = new FakeExcel();
      excel.addSheet(SEATING_ROSTER_SHEET.sheet, SEATING_ROSTER_SHEET.rows);
      for (const name of names) excel.addSheet(name, [["旧的"]]);
      return { excel, host: createExcelHost(excel.run as never, () => true) };
    }

    it("adds 签到表 with every value as text, the header bold and bordered, rows to sign in, A4 with the header repeated", async () => {
      const { excel, host } = excelWith();
      const table = signinTable();
      expect(await host.writePrintTable(table)).toBe("签到表");
      const sheet = excel.sheet("签到表");
      expect(excel.sheets[excel.active]).toBe(sheet);
      const header = table.headerRow;
      expect(SIGNIN_HEADER.map((_, c) => excel.valueOf("签到表", cellAddress(header, c)))).toEqual([...SIGNIN_HEADER]);
      const person = firstPerson(table);
      expect(excel.valueOf("签到表", cellAddress(header + 1, 0))).toBe(String(person[0]));
      expect(excel.valueOf("签到表", cellAddress(header + 1, 2))).toBe(person[2]);
      expect(sheet.formats.get(key(header + 1, 0))).toBe("@");
      expect(sheet.fonts.get(key(header, 0))).toMatchObject({ bold: true });
      expect([...(sheet.borders.get(key(header + 1, 4)) ?? [])].sort()).toEqual(["bottom", "left", "right", "top"]);
      expect(sheet.rowHeights.get(header + 1)).toBe(30);
      expect(sheet.rowHeights.get(0)).toBe(printTableRowHeight(table, 0));
      expect(sheet.merges).toEqual(table.grid.merges);
      expect(sheet.layout).toMatchObject({
        paperSize: "A4",
        orientation: "Portrait",
        printTitleRows: `$${header + 1}:$${header + 1}`,
      });
      // The 名单 it was made from is untouched.
      expect(excel.valueOf(SEATING_ROSTER_SHEET.sheet, "A1")).toBe(SEATING_ROSTER_SHEET.rows[0][0]);
    });

    it("numbers the name when 签到表 is taken, and leaves the taken sheet as it was", async () => {
      const { excel, host } = excelWith("签到表");
      expect(await host.writePrintTable(signinTable())).toBe("签到表(2)");
      expect(excel.valueOf("签到表", "A1")).toBe("旧的");
    });

    it("explains a protected workbook in Chinese and adds nothing", async () => {
      const { excel, host } = excelWith();
      excel.workbookProtected = true;
      const before = excel.sheets.length;
      await expect(host.writePrintTable(signinTable())).rejects.toThrow(/工作簿结构受保护/);
      expect(excel.sheets).toHaveLength(before);
    });

    it("is refused in Chinese where the Office cannot add the sheet", async () => {
      const old = createExcelHost(new FakeExcel().run as never, (_set, version) => version <= "1.6");
      await expect(old.writePrintTable(signinTable())).rejects.toThrow(/当前 Excel 版本不支持生成签到表/);
    });
  });

  describe("in WPS 表格", () => {
    function wpsWith(...names: string[]) {
      const et = new FakeEt();
      et.addSheet(SEATING_ROSTER_SHEET.sheet, SEATING_ROSTER_SHEET.rows);
      for (const name of names) et.addSheet(name, [["旧的"]]);
      return { et, host: createWpsExcelHost(et.application as unknown as EtApplication) };
    }

    it("adds 签到表 as text with the print look, A4 with the header row repeated", async () => {
      const { et, host } = wpsWith();
      const table = signinTable();
      expect(await host.writePrintTable(table)).toBe("签到表");
      const sheet = et.sheet("签到表");
      const header = table.headerRow;
      expect(et.valueOf("签到表", cellAddress(header, 4))).toBe("签名");
      expect(et.valueOf("签到表", cellAddress(header + 1, 2))).toBe(firstPerson(table)[2]);
      expect(sheet.Range(cellAddress(header, 0)).Font.Bold).toBe(true);
      expect(sheet.Range(cellAddress(header + 1, 0)).NumberFormat).toBe("@");
      expect(sheet.rowHeights.get(header + 2)).toBe(30);
      expect(sheet.merges).toHaveLength(table.grid.merges!.length);
      expect(sheet.PageSetup).toMatchObject({ PaperSize: 9, PrintTitleRows: `$${header + 1}:$${header + 1}` });
    });

    it("numbers the name when 签到表 is taken", async () => {
      const { et, host } = wpsWith("签到表");
      expect(await host.writePrintTable(signinTable())).toBe("签到表(2)");
      expect(et.valueOf("签到表", "A1")).toBe("旧的");
    });

    it("refuses a workbook whose structure is protected, in Chinese, and adds nothing", async () => {
      const { et, host } = wpsWith();
      et.protectStructure = true;
      const before = et.sheets.length;
      await expect(host.writePrintTable(signinTable())).rejects.toThrow(/工作簿结构受保护/);
      expect(et.sheets).toHaveLength(before);
    });
  });

  describe("in file mode", () => {
    const opened = () =>
      createFileExcelHost(
        [{ fileName: "名单.xlsx", bytes: async () => new Uint8Array(), grids: [SEATING_ROSTER_SHEET] }],
        {
          storage: null,
        },
      );

    it("adds the sheet in memory, which the next read sees and which downloads with the print look", async () => {
      const host = opened();
      const table = signinTable();
      expect(await host.writePrintTable(table)).toBe("签到表");
      const read = await host.readWorkbook();
      expect(read.map((g) => g.sheet)).toEqual([SEATING_ROSTER_SHEET.sheet, "签到表"]);
      const download = await host.downloadTable("签到表");
      expect(download.fileName).toBe("签到表.xlsx");
      const [grid] = await readWorkbookGrids(download.bytes, download.fileName);
      expect(grid.rows[table.headerRow]).toEqual([...SIGNIN_HEADER]);
      // The opened file's own copy has no 签到表: it was never in that file.
      expect(await host.downloads()).toEqual([]);
    });

    it("numbers the name of a second 签到表", async () => {
      const host = opened();
      await host.writePrintTable(signinTable());
      expect(await host.writePrintTable(signinTable())).toBe("签到表(2)");
      await expect(host.downloadTable(SEATING_ROSTER_SHEET.sheet)).rejects.toThrow(/不是这里生成的表格/);
    });
  });
});
