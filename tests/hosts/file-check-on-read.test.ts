import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import type { CellValue, Grid } from "../../src/core/table/grid";
import { createFileExcelHost, type OpenedWorkbook } from "../../src/hosts/files/file-excel-host";
import { type CheckWith, FILE_JOBS } from "../../src/hosts/files/file-jobs";
import { HELD_ROWS, sheetLabel } from "../../src/hosts/files/held-sheets";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";

const quiet = () => undefined;
const ROWS = HELD_ROWS + 20;

/** A 签到表 longer than HELD_ROWS, its last 联系电话 in full-width digits, and a 名单 of two. */
async function longSigninFile(): Promise<Uint8Array> {
  const rows: CellValue[][] = [["序号", "姓名", "单位", "联系电话"]];
  for (let i = 1; i <= ROWS; i++) rows.push([i, `张${i}`, "县财政局", `1390000${String(i).padStart(4, "0")}`]);
  rows[ROWS][3] = "１３９００００９９９９";
  return gridsToXlsx([
    { sheet: "签到表", rows },
    {
      sheet: "名单",
      rows: [
        ["姓名", "单位"],
        ["张1", "县财政局"],
        ["王五", "县财政局"],
      ],
    },
  ]);
}

async function shortRosterFile(): Promise<Uint8Array> {
  const roster: Grid = {
    sheet: "名单",
    rows: [
      ["姓名", "单位"],
      ["张2", "县财政局"],
      ["赵六", "县教育局"],
    ],
  };
  return gridsToXlsx([roster]);
}

/** Reads the files of one opening as file mode does, the last with `checkWith`; the host over them, and the check. */
async function open(files: { fileName: string; bytes: Uint8Array }[], options = DEFAULT_OPTIONS) {
  const opened: OpenedWorkbook[] = [];
  let checked;
  for (const [index, { fileName, bytes }] of files.entries()) {
    const checkWith: CheckWith | undefined =
      index === files.length - 1 ? { before: opened.map(({ bytes: _b, ...sheets }) => sheets), options } : undefined;
    const read = await FILE_JOBS.readWorkbook({ bytes, fileName, hold: true, checkWith }, quiet);
    checked = read.checked;
    opened.push({
      fileName,
      bytes: async () => bytes,
      grids: read.grids,
      ...(read.held.length ? { held: { kept: read.kept, sheets: read.held } } : {}),
    });
  }
  const host = createFileExcelHost(opened, { storage: null });
  return { host, checked, sheets: host.sheetsToCheck(await host.readWorkbook()) };
}

describe("file mode: the worker checks an opening with its last read", () => {
  it("sends the findings with the read: the same, of the same sheets, as the page asking afterwards", async () => {
    const { checked, sheets } = await open([{ fileName: "签到.xlsx", bytes: await longSigninFile() }]);
    const asked = await FILE_JOBS.checkSheets({ sheets, options: DEFAULT_OPTIONS, fileName: "签到.xlsx" }, quiet);
    expect(checked?.sheets).toEqual(sheets.map(sheetLabel));
    expect(checked?.reports).toEqual(asked);
    const phone = checked?.reports[0].findings.find((f) => f.ruleId === "cell/full-width-digits");
    expect(phone?.place).toMatchObject({ sheet: "签到表", cell: `D${ROWS + 1}` });
  });

  it("checks with the options sent: a rule turned off finds nothing", async () => {
    const off = { ...DEFAULT_OPTIONS, rules: { ...DEFAULT_OPTIONS.rules, "cell/full-width-digits": "off" as const } };
    const { checked } = await open([{ fileName: "签到.xlsx", bytes: await longSigninFile() }], off);
    expect(checked?.options).toEqual(off);
    expect(checked?.reports.flatMap((r) => r.findings).some((f) => f.ruleId === "cell/full-width-digits")).toBe(false);
  });

  it("checks a file opened before beside it, named as the pane names two sheets of one name", async () => {
    const { checked, sheets } = await open([
      { fileName: "名单.xlsx", bytes: await shortRosterFile() },
      { fileName: "签到.xlsx", bytes: await longSigninFile() },
    ]);
    expect(sheets.map(sheetLabel).some((label) => label.includes("名单（名单.xlsx）"))).toBe(true);
    expect(checked?.sheets).toEqual(sheets.map(sheetLabel));
    const asked = await FILE_JOBS.checkSheets({ sheets, options: DEFAULT_OPTIONS, fileName: "签到.xlsx" }, quiet);
    expect(checked?.reports).toEqual(asked);
  });

  it("leaves a file with no long sheet to the page: nothing checked with the read", async () => {
    const { checked } = await open([{ fileName: "名单.xlsx", bytes: await shortRosterFile() }]);
    expect(checked).toBeUndefined();
  });
});
