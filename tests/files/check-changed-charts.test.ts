import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { rosterChart } from "../../src/core/seating/roster-chart";
import { cellAddress } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import { createFileExcelHost } from "../../src/hosts/files/file-excel-host";
import { SEATING_ROSTER_SHEET } from "../../src/samples/other-registers";
import { SIGNIN_SHEET } from "../../src/samples/signin-workbook";
import { checkingChangedChartsOnly } from "../../src/taskpane/excel/check-changed-charts";

describe("file mode's check after a 座次图 changed", () => {
  it("checks only the chart and its 名单 again after a swap, and the chart's findings follow the swap", async () => {
    const host = createFileExcelHost([
      { fileName: "会议.xlsx", bytes: async () => new Uint8Array(), grids: [SIGNIN_SHEET, SEATING_ROSTER_SHEET] },
    ]);
    const checked: string[][] = [];
    const check = checkingChangedChartsOnly((grids, options) => {
      checked.push(grids.map((g) => g.sheet));
      return checkWorkbook(grids, options).sheets;
    }, host);
    const options = { ...DEFAULT_OPTIONS };
    const first = check(await host.readWorkbook(), options);
    const signin = first.find((s) => s.sheet === SIGNIN_SHEET.sheet)!;

    const made = rosterChart(readRegister(SEATING_ROSTER_SHEET))!.chart;
    const name = await host.writeSeatingChart(made);
    const withChart = check(await host.readWorkbook(), options);
    expect(withChart.find((s) => s.sheet === name)!.findings).toEqual([]);

    const [one, two] = made.seats;
    await host.swapCells(
      name,
      { address: cellAddress(one.row, one.col), value: one.name },
      { address: cellAddress(two.row, two.col), value: two.name },
    );
    const swapped = check(await host.readWorkbook(), options);
    expect(swapped.find((s) => s.sheet === name)!.findings.map((f) => f.ruleId)).toContain("seating/rank-order");
    // The 签到表 was checked once, at the start: its findings are the same ones, kept.
    expect(checked).toEqual([
      [SIGNIN_SHEET.sheet, "参会名单"],
      ["参会名单", name],
      ["参会名单", name],
    ]);
    expect(swapped.find((s) => s.sheet === SIGNIN_SHEET.sheet)).toBe(signin);
    expect(swapped.map((s) => s.sheet)).toEqual(first.map((s) => s.sheet).concat(name));

    // Other options check everything again.
    check(await host.readWorkbook(), { ...options });
    expect(checked.at(-1)).toEqual([SIGNIN_SHEET.sheet, "参会名单", name]);
  });
});
