import { cellOf } from "../../src/core/rules/finding";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { podiumOrder } from "../../src/core/seating/podium";
import { rosterChart } from "../../src/core/seating/roster-chart";
import { cellAddress, parseAddress } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import { createExcelHost, freeSheetName } from "../../src/hosts/excel/excel-host";
import { SEATING_ROSTER_SHEET } from "../../src/samples/other-registers";
import { FakeExcel } from "../fakes/excel-fake";

const key = (r: number, c: number) => `${r},${c}`;

function workbook(isSetSupported = (_set: string, _version: string) => true) {
  const excel = new FakeExcel();
  excel.addSheet(SEATING_ROSTER_SHEET.sheet, SEATING_ROSTER_SHEET.rows);
  return { excel, host: createExcelHost(excel.run as never, isSetSupported) };
}

const chartOf = (options = {}) => rosterChart(readRegister(SEATING_ROSTER_SHEET), options)!.chart;

describe("the Excel adapter's 座次图", () => {
  it("picks 座次图, then 座次图(2)…, never a name a sheet has in any case", () => {
    expect(freeSheetName("座次图", ["参会名单"])).toBe("座次图");
    expect(freeSheetName("座次图", ["座次图", "座次图(2)"])).toBe("座次图(3)");
    expect(freeSheetName("Chart", ["chart"])).toBe("Chart(2)");
  });

  it("writes the chart to a new sheet in two syncs: values, merges, band, borders, fonts, sizes, A4 landscape on one page", async () => {
    const { excel, host } = workbook();
    const chart = chartOf({ podium: 5 });
    expect(await host.writeSeatingChart(chart)).toBe("座次图");
    expect(excel.syncs).toBe(2);
    const sheet = excel.sheet("座次图");
    expect(excel.sheets[excel.active]).toBe(sheet);
    // The podium row in the audience's view: 5 3 1 2 4 (RULES.md §10).
    const podium = chart.seats.filter((s) => s.area === "podium").sort((a, b) => a.col - b.col);
    expect(podium.map((s) => excel.valueOf("座次图", cellAddress(s.row, s.col)))).toEqual(
      podiumOrder(5).map((rank) => SEATING_ROSTER_SHEET.rows[1 + rank][1]),
    );
    expect(podium.map((s) => s.name)).toEqual(["刘洋", "张伟", "王建国", "李明华", "陈晓东"]);
    chart.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        const merged = chart.merges.some((m) => m.top === r && (c > m.left || r > m.top) && c <= m.right);
        if (!merged) expect(excel.valueOf("座次图", cellAddress(r, c))).toBe(text);
      }),
    );
    expect(sheet.merges).toEqual(chart.merges);
    expect(excel.retyped).toEqual([]);
    const band = chart.cells.findIndex((row) => row.includes("band"));
    expect(excel.fillOf("座次图", cellAddress(band, 1)).color).toBe("#D9D9D9");
    expect(sheet.fonts.get(key(0, 0))).toEqual({ name: "黑体", size: 18, bold: true });
    for (const seat of chart.seats) {
      expect([...(sheet.borders.get(key(seat.row, seat.col)) ?? [])].sort()).toEqual([
        "bottom",
        "left",
        "right",
        "top",
      ]);
      expect(sheet.fonts.get(key(seat.row, seat.col))?.name).toBe("楷体");
    }
    expect(sheet.borders.has(key(0, 0))).toBe(false); // the title has no box
    expect(sheet.rowHeights.get(podium[0].row)).toBe(42);
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(sheet.columnWidths.get(1)!);
    expect(sheet.layout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
  });

  it("reads back as a chart the checks find nothing wrong with, and never writes over an existing sheet", async () => {
    const { excel, host } = workbook();
    const chart = chartOf();
    await host.writeSeatingChart(chart);
    const before = new Map(excel.sheet("座次图").values);
    expect(await host.writeSeatingChart(chartOf({ side: "right" }))).toBe("座次图(2)");
    expect(excel.sheet("座次图").values).toEqual(before);
    const grids = await host.readWorkbook();
    expect(grids.find((g) => g.sheet === "座次图")!.merges).toEqual(chart.merges);
    const seating = checkWorkbook(grids).sheets.filter((s) => s.kind === "seating");
    expect(seating.map((s) => s.sheet)).toEqual(["座次图", "座次图(2)"]);
    expect(seating.flatMap((s) => s.findings.map((f) => f.ruleId))).toEqual([]);
  });

  it("writes the chart without page setup below ExcelApi 1.9, and refuses in Chinese below 1.7", async () => {
    const older = workbook((set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= 8);
    await older.host.writeSeatingChart(chartOf());
    expect(older.excel.sheet("座次图").layout).toBeUndefined();
    expect(older.excel.sheet("座次图").merges.length).toBeGreaterThan(0);

    const oldest = workbook((set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= 6);
    await expect(oldest.host.writeSeatingChart(chartOf())).rejects.toThrow(
      /当前 Excel 版本不支持生成座次图（需要 ExcelApi 1\.7：Office 2019 及以上/,
    );
    expect(oldest.excel.sheets.map((s) => s.name)).toEqual(["参会名单"]);
  });

  it("swaps two seats in one sync", async () => {
    const { excel, host } = workbook();
    const chart = chartOf({ podium: 3 });
    await host.writeSeatingChart(chart);
    const [a, b] = chart.seats
      .filter((s) => s.rank <= 2)
      .map((s) => ({ address: cellAddress(s.row, s.col), value: s.name }));
    const syncs = excel.syncs;
    await host.swapCells("座次图", a, b);
    expect(excel.syncs - syncs).toBe(1);
    expect(excel.valueOf("座次图", a.address)).toBe(b.value);
    expect(excel.valueOf("座次图", b.address)).toBe(a.value);
    const grids = await host.readWorkbook();
    const findings = checkWorkbook(grids).sheets.find((s) => s.sheet === "座次图")!.findings;
    // 1号 now sits where 2号 should: the row's first wrong seat is 1号's place.
    expect(findings.map((f) => `${f.ruleId} ${cellOf(f)?.cell}`)).toEqual([`seating/rank-order ${a.address}`]);
  });

  it("swaps nothing when a seat was changed since the check, and says which", async () => {
    const { excel, host } = workbook();
    const chart = chartOf({ podium: 3 });
    await host.writeSeatingChart(chart);
    const [a, b] = chart.seats
      .filter((s) => s.rank <= 2)
      .map((s) => ({ address: cellAddress(s.row, s.col), value: s.name }));
    const at = parseAddress(b.address)!;
    excel.sheet("座次图").values.set(key(at.row, at.col), "赵磊"); // typed over by the user after the check
    await expect(host.swapCells("座次图", a, b)).rejects.toThrow(/的内容已变为“赵磊”，未交换，请重新检查/);
    expect(excel.valueOf("座次图", a.address)).toBe(a.value);
    expect(excel.valueOf("座次图", b.address)).toBe("赵磊");
  });

  it("explains a protected sheet and swaps nothing", async () => {
    const { excel, host } = workbook();
    const chart = chartOf({ podium: 3 });
    await host.writeSeatingChart(chart);
    excel.sheet("座次图").protected = true;
    const [a, b] = chart.seats
      .filter((s) => s.rank <= 2)
      .map((s) => ({ address: cellAddress(s.row, s.col), value: s.name }));
    await expect(host.swapCells("座次图", a, b)).rejects.toThrow(/受保护/);
    expect(excel.valueOf("座次图", a.address)).toBe(a.value);
  });
});
