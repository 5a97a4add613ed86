import { checkWorkbook } from "../../src/core/rules/run-registers";
import type { CellValue, Grid } from "../../src/core/table/grid";
import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { createFileExcelHost } from "../../src/hosts/files/file-excel-host";
import { FILE_JOBS, type PendingFileData } from "../../src/hosts/files/file-jobs";
import type { PendingFile } from "../../src/hosts/files/file-excel-downloads";
import { HELD_ROWS } from "../../src/hosts/files/held-sheets";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";

const quiet = () => undefined;
const ROWS = HELD_ROWS + 20;

/** A 签到表 longer than HELD_ROWS with a full-width phone number in its last row, and a short 名单. */
function signinGrids(): Grid[] {
  const rows: CellValue[][] = [["序号", "姓名", "单位", "联系电话"]];
  for (let i = 1; i <= ROWS; i++) rows.push([i, `张${i}`, "县财政局", `1390000${String(i).padStart(4, "0")}`]);
  rows[ROWS][3] = "１３９００００９９９９";
  return [
    { sheet: "签到表", rows },
    {
      sheet: "名单",
      rows: [
        ["姓名", "单位"],
        ["张1", "县财政局"],
      ],
    },
  ];
}

async function openHeld(fileName: string, bytes: Uint8Array) {
  const read = await FILE_JOBS.readWorkbook({ bytes, fileName, hold: true }, quiet);
  const held = { kept: read.kept, sheets: read.held };
  const host = createFileExcelHost([{ fileName, bytes: async () => bytes, grids: read.grids, held }], {
    storage: null,
    heldCells: (sheet, addresses) => FILE_JOBS.heldCells({ held: sheet, addresses, fileName }),
    heldRows: (sheet, address) => FILE_JOBS.heldRows({ held: sheet, address, fileName }),
    // As file mode makes them: in the worker, by `kept`.
    downloads: (files: PendingFile[]) =>
      FILE_JOBS.fileDownloads(
        {
          fileName,
          checkedAt: "2026-12-03 10:00",
          files: files.map(({ bytes: _bytes, ...file }): PendingFileData => ({ ...file, kept: read.kept })),
        },
        quiet,
      ),
  });
  return { read, host };
}

const lastPhone = `D${ROWS + 1}`;
const fix = {
  kind: "cell" as const,
  sheet: "签到表",
  cell: lastPhone,
  before: "１３９００００９９９９",
  after: "13900009999",
};

describe("file mode's sheets held in the worker", () => {
  it("leave a long sheet in the worker: the page reads a stand-in, the worker's check finds what a whole check does", async () => {
    const grids = signinGrids();
    const { read, host } = await openHeld("签到.xlsx", await gridsToXlsx(grids));
    expect(read.held).toEqual(["签到表"]);
    const [signin, roster] = await host.readWorkbook();
    expect(signin.rows).toEqual([]);
    expect(roster.rows).toHaveLength(2);
    expect(host.isHeld("签到表")).toBe(true);
    expect(host.isHeld("名单")).toBe(false);

    const inWorker = await FILE_JOBS.checkSheets(
      { sheets: host.sheetsToCheck([signin, roster]), options: DEFAULT_OPTIONS, fileName: "签到.xlsx" },
      quiet,
    );
    const onPage = checkWorkbook(await readWorkbookGrids(await gridsToXlsx(grids), "签到.xlsx")).sheets;
    expect(inWorker).toEqual(onPage);
    const phone = inWorker[0].findings.find((f) => f.ruleId === "cell/full-width-digits");
    expect(phone?.place).toMatchObject({ sheet: "签到表", cell: lastPhone });
  });

  it("fix a held cell against the worker's value, preview it fixed, and download it patched into the .xlsx", async () => {
    const { host } = await openHeld("签到.xlsx", await gridsToXlsx(signinGrids()));
    const before = await host.previewRows("签到表", lastPhone);
    expect(before.nameColumn).toBe(1);
    expect(before.window.origin).toEqual({ row: ROWS - 3, col: 0 });
    expect(before.window.rows.at(-1)).toEqual([ROWS, `张${ROWS}`, "县财政局", "１３９００００９９９９"]);

    await host.applyFix(fix);
    expect((await host.previewRows("签到表", lastPhone)).window.rows.at(-1)?.[3]).toBe("13900009999");
    await expect(host.applyFix(fix)).rejects.toThrow(`签到表!${lastPhone} 的内容已变为“13900009999”`);

    const [copy] = await host.downloads();
    const [signin] = await readWorkbookGrids(copy.bytes, copy.fileName);
    expect(signin.rows[ROWS][3]).toBe("13900009999");
    expect(signin.rows).toHaveLength(ROWS + 1);
  });

  it("rebuild a held .csv from the worker's sheet with the fix, not from the page's stand-in", async () => {
    const csv = signinGrids()[0]
      .rows.map((row) => row.join(","))
      .join("\n");
    const { host } = await openHeld("签到.csv", new TextEncoder().encode(csv));
    await host.applyFix({ ...fix, sheet: (await host.readWorkbook())[0].sheet });
    const [copy] = await host.downloads();
    const [signin] = await readWorkbookGrids(copy.bytes, copy.fileName);
    expect(signin.rows).toHaveLength(ROWS + 1);
    expect(signin.rows[ROWS][3]).toBe("13900009999");
  });

  it("say the worker no longer holds a workbook it evicted, so the page reads it again", async () => {
    const bytes = await gridsToXlsx(signinGrids());
    const { host } = await openHeld("签到.xlsx", bytes);
    for (let i = 0; i < 4; i++) await FILE_JOBS.readWorkbook({ bytes, fileName: "又一个.xlsx" }, quiet);
    await expect(host.previewRows("签到表", lastPhone)).rejects.toThrow(
      expect.objectContaining({ name: "KeptWorkbookGone" }),
    );
  });
});
