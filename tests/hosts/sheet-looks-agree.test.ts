import ExcelJS from "exceljs";
import { reportContent } from "../../src/core/report/report";
import type { Finding } from "../../src/core/rules/finding";
import type { SheetReport } from "../../src/core/rules/run-registers";
import type { SeatingChart } from "../../src/core/seating/chart";
import { rosterChart } from "../../src/core/seating/roster-chart";
import { cellAddress } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { checkedCopy } from "../../src/hosts/files/checked-copy";
import { seatingWorkbook } from "../../src/hosts/files/seating-workbook";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { createWpsExcelHost } from "../../src/hosts/wps/et-host";
import type { EtApplication } from "../../src/hosts/wps/wps-api";
import { SEATING_ROSTER_SHEET } from "../../src/samples/other-registers";
import { FakeExcel } from "../fakes/excel-fake";
import { FakeEt } from "../fakes/wps-fake";

/** What a clerk sees of a cell: its font, its fill and the sides it has a thin line on. */
interface SeenCell {
  font: { name?: string; size?: number; bold: boolean };
  fill: string | null;
  sides: string[];
}

/** The three places a sheet the add-in writes can end up: Excel, WPS 表格 and the .xlsx of file mode and the CLI. */
interface Written {
  cell(row: number, col: number): SeenCell;
  rowHeight(row: number): number | undefined;
}

/** Whether cells `left`…`right` of a row (one merged area, or one cell) are boxed as a whole. */
function boxed(w: Written, row: number, left: number, right: number): boolean {
  const cells = Array.from({ length: right - left + 1 }, (_, i) => w.cell(row, left + i).sides);
  return (
    cells[0].includes("left") &&
    cells.at(-1)!.includes("right") &&
    cells.every((sides) => sides.includes("top") && sides.includes("bottom"))
  );
}

function excelSheet(excel: FakeExcel, name: string): Written {
  const sheet = excel.sheet(name);
  return {
    cell: (row, col) => {
      const font = sheet.fonts.get(`${row},${col}`) ?? {};
      const fill = excel.fillOf(name, cellAddress(row, col));
      return {
        font: { name: font.name, size: font.size, bold: !!font.bold },
        fill: fill.pattern === "None" ? null : fill.color.toUpperCase(),
        sides: [...(sheet.borders.get(`${row},${col}`) ?? [])].sort(),
      };
    },
    rowHeight: (row) => sheet.rowHeights.get(row),
  };
}

function wpsSheet(et: FakeEt, name: string): Written {
  const sheet = et.sheet(name);
  return {
    cell: (row, col) => {
      const { font } = sheet.cell(row + 1, col + 1);
      const fill = et.fillOf(name, cellAddress(row, col));
      const edges = [...(sheet.borders.get(`${row + 1},${col + 1}`) ?? [])];
      const SIDES: Record<number, string> = { 7: "left", 8: "top", 9: "bottom", 10: "right" };
      return {
        font: { name: font.Name, size: font.Size, bold: font.Bold },
        fill: fill.pattern === "None" ? null : fill.color,
        sides: edges
          .filter(([, edge]) => edge.LineStyle === 1)
          .map(([index]) => SIDES[index])
          .sort(),
      };
    },
    rowHeight: (row) => sheet.rowHeights.get(row + 1),
  };
}

/* eslint-disable office-addins/call-sync-before-read -- exceljs's cells, not Office.js ranges: nothing to sync */
async function xlsxSheet(bytes: Uint8Array, name: string): Promise<Written> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name)!;
  return {
    cell: (row, col) => {
      const { font, fill, border = {} } = sheet.getCell(row + 1, col + 1);
      const solid = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : null;
      return {
        font: { name: font?.name, size: font?.size, bold: !!font?.bold },
        fill: solid ? `#${solid.slice(2)}` : null,
        sides: (["top", "bottom", "left", "right"] as const).filter((side) => border[side]?.style === "thin").sort(),
      };
    },
    rowHeight: (row) => sheet.getRow(row + 1).height,
  };
}
/* eslint-enable office-addins/call-sync-before-read */

const chart: SeatingChart = rosterChart(readRegister(SEATING_ROSTER_SHEET), { podium: 5 })!.chart;

describe("one look, three translations", () => {
  it("the 座次图 has the same fonts, grey band, boxes and row heights in Excel, WPS 表格 and the .xlsx", async () => {
    const excel = new FakeExcel();
    excel.addSheet(SEATING_ROSTER_SHEET.sheet, SEATING_ROSTER_SHEET.rows);
    await createExcelHost(excel.run as never, () => true).writeSeatingChart(chart);
    const et = new FakeEt();
    et.addSheet(SEATING_ROSTER_SHEET.sheet, SEATING_ROSTER_SHEET.rows);
    await createWpsExcelHost(et.application as unknown as EtApplication).writeSeatingChart(chart);
    const [inExcel, inWps, inXlsx] = [
      excelSheet(excel, "座次图"),
      wpsSheet(et, "座次图"),
      await xlsxSheet(await seatingWorkbook(chart), "座次图"),
    ];
    // A merged area shows as one cell: the font and fill of its first, a box around the whole.
    const area = (r: number, c: number) => chart.merges.find((m) => m.top === r && c >= m.left && c <= m.right);
    const seenAt = (w: Written, r: number, c: number) => {
      const { font, fill } = w.cell(r, c);
      return { at: [r, c], font, fill, boxed: boxed(w, r, c, area(r, c)?.right ?? c) };
    };
    let seen = 0;
    chart.cells.forEach((looks, r) => {
      looks.forEach((look, c) => {
        if (!look || (area(r, c) && area(r, c)!.left !== c)) return;
        const expected = seenAt(inExcel, r, c);
        expect(seenAt(inWps, r, c)).toEqual(expected);
        expect(seenAt(inXlsx, r, c)).toEqual(expected);
        seen++;
      });
      expect([inWps.rowHeight(r), inXlsx.rowHeight(r)]).toEqual([inExcel.rowHeight(r), inExcel.rowHeight(r)]);
    });
    expect(seen).toBeGreaterThan(chart.seats.length);
    // The look is a look: the band is grey, a seat boxed in 楷体, the title in large 黑体, in all three.
    const band = chart.cells.findIndex((row) => row.includes("band"));
    expect(inXlsx.cell(band, 1).fill).toBe("#D9D9D9");
    const seat = chart.seats[0];
    expect(inWps.cell(seat.row, seat.col).font.name).toBe("楷体");
    expect(boxed(inXlsx, seat.row, seat.col, seat.col)).toBe(true);
    expect(boxed(inExcel, 0, 0, chart.width)).toBe(false);
    expect(inExcel.cell(0, 0).font).toEqual({ name: "黑体", size: 18, bold: true });
  });

  it("the 核对报告's title and header are set apart the same way in Excel, WPS 表格 and the checked copy", async () => {
    const rows = [
      ["姓名", "单位"],
      ["张三", "办公室"],
      ["李四", "财务科"],
    ];
    const findings = ["A2", "B3"].map(
      (cell) =>
        ({
          ruleId: "table/empty-required",
          severity: "warning",
          message: "测试",
          place: { kind: "cell", sheet: "名单", cell, row: Number(cell.slice(1)), related: [] },
          data: {},
          fix: null,
        }) as unknown as Finding,
    );
    const sheets: SheetReport[] = [
      { sheet: "名单", kind: null, headerRow: null, dataRows: 2, meetingStart: null, findings } as SheetReport,
    ];
    const content = reportContent(sheets, "2026-12-03 10:00", {});
    const excel = new FakeExcel();
    excel.addSheet("名单", rows);
    await createExcelHost(excel.run as never, () => true).writeReport(content);
    const et = new FakeEt();
    et.addSheet("名单", rows);
    await createWpsExcelHost(et.application as unknown as EtApplication).writeReport(content);
    const grids = [{ sheet: "名单", rows }];
    const copy = await checkedCopy(await gridsToXlsx(grids), "名单.xlsx", grids, sheets, content);
    const written = [excelSheet(excel, "核对报告"), wpsSheet(et, "核对报告"), await xlsxSheet(copy, "核对报告")];
    const headerRow = content.lines.length + 1;
    const seen = (w: Written, r: number, c: number) => {
      const { font, fill, sides } = w.cell(r, c);
      return { bold: font.bold, fill, sides };
    };
    for (let r = 0; r <= headerRow + content.rows.length; r++)
      for (let c = 0; c < content.header.length; c++) {
        const [inExcel, inWps, inCopy] = written.map((w) => ({ at: [r, c], ...seen(w, r, c) }));
        expect(inWps).toEqual(inExcel);
        expect(inCopy).toEqual(inExcel);
      }
    expect(written.map((w) => w.cell(0, 0).font.size)).toEqual([14, 14, 14]);
    expect(written.map((w) => w.cell(headerRow, 0).font.bold)).toEqual([true, true, true]);
    expect(written.map((w) => w.cell(headerRow + 1, 0).font.bold)).toEqual([false, false, false]);
  });
});
