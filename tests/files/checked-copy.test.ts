import ExcelJS from "exceljs";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { MARK_COLOURS, reportContent } from "../../src/core/report/report";
import type { Finding, Severity } from "../../src/core/rules/finding";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { ruleNamesOf } from "../../src/core/rules/rule-names";
import { type SheetReport, checkWorkbook } from "../../src/core/rules/run-registers";
import { type Grid, cellAddress } from "../../src/core/table/grid";
import { checkedCopy } from "../../src/hosts/files/checked-copy";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { WorkbookParts } from "../../src/hosts/files/xlsx-patch/workbook-parts";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";

const FIXTURES = join(__dirname, "../fixtures/workbooks");
const RULE_NAMES = ruleNamesOf(REGISTER_RULES);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 8);

/** A bordered sign-in sheet as exceljs saves it: look-alike cells share one style object, and one style index. */
async function borderedSheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("签到表");
  sheet.addRow(["序号", "姓名", "单位", "职务", "签到时间", "签名"]);
  for (let i = 1; i <= 20; i++) sheet.addRow([i, `人员${i}`, "县财政局", "科员", "8:50", `人员${i}`]);
  const border = { style: "thin" as const };
  sheet.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: border, left: border, bottom: border, right: border };
    }),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Workbooks as each program saves them: tests/fixtures/workbooks (SOURCES.md there says where each is from). */
const FIXTURE_NAMES = ["exceljs-bordered.xlsx", ...readdirSync(FIXTURES).filter((f) => /\.xlsx$/i.test(f))];

async function fixtureBytes(name: string): Promise<Uint8Array> {
  return name === "exceljs-bordered.xlsx" ? borderedSheet() : new Uint8Array(readFileSync(join(FIXTURES, name)));
}

interface CellSnapshot {
  value: unknown;
  style: Record<string, unknown>;
}

/** Every cell of every sheet as exceljs (an independent reader) sees it, with column widths and merges. */
async function snapshot(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const cells = new Map<string, CellSnapshot>();
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(cell.address, { value: JSON.parse(JSON.stringify(cell.value ?? null)), style: plain(cell.style) });
      }),
    );
    const widths = (sheet.columns ?? []).map((c) => c.width ?? null);
    const merges = Object.keys((sheet as unknown as { _merges: object })._merges ?? {}).sort();
    return { name: sheet.name, cells, widths, merges };
  });
}

/**
 * A cell's format (its xf in styles.xml) without fill, or xf 0's for a null cell: font, border, number format
 * and alignment as the package holds them.
 */
async function formatOf(bytes: Uint8Array, sheetName: string | null, address: string | null): Promise<string> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  let index = 0;
  if (sheetName !== null && address !== null) {
    const parts = await WorkbookParts.open(zip, "t.xlsx");
    const xml = await zip.file(parts.sheets.find((s) => s.name === sheetName)!.path)!.async("string");
    const tag = new RegExp(`<(?:\\w+:)?c\\b[^>]*\\sr="${address}"[^>]*>`).exec(xml)![0];
    index = Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0);
  }
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)![1];
  const xf = cellXfs.match(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g)![index];
  return xf.replace(/\s(fillId|applyFill)="[^"]*"/g, "").replace(/\s*\/>$/, "/>");
}

function plain(style: Partial<ExcelJS.Style>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(style ?? {}));
}

function finding(sheet: string, cell: string, severity: Severity): Finding {
  return {
    ruleId: "table/empty-required",
    severity,
    message: "测试",
    place: { kind: "cell", sheet, cell, row: Number(cell.replace(/\D/g, "")), related: [] },
    data: {},
    fix: null,
  } as unknown as Finding;
}

/** The checked copy with the report as file mode writes it. */
const copyOf = (bytes: Uint8Array, name: string, grids: Grid[], sheets: SheetReport[]) =>
  checkedCopy(bytes, name, grids, sheets, reportContent(sheets, "2026-12-03 10:00", RULE_NAMES));

const reportOf = (sheet: string, findings: Finding[]): SheetReport => ({
  sheet,
  kind: null,
  headerRow: null,
  dataRows: 0,
  meetingStart: null,
  findings,
});

describe("file mode's checked copy", () => {
  it.each(FIXTURE_NAMES)(
    "changes only the fill of flagged cells: %s",
    async (name) => {
      {
        const bytes = await fixtureBytes(name);
        const grids = await readWorkbookGrids(bytes, name);
        const before = await snapshot(bytes);
        const sheetNames = grids.map((g) => g.sheet);
        const mark = fc.record({
          sheet: fc.constantFrom(...sheetNames),
          row: fc.nat({ max: 40 }),
          col: fc.nat({ max: 10 }),
          severity: fc.constantFrom<Severity>("error", "warning", "info"),
        });
        await fc.assert(
          fc.asyncProperty(fc.array(mark, { minLength: 1, maxLength: 25 }), async (marks) => {
            const findings = marks.map((m) => finding(m.sheet, cellAddress(m.row, m.col), m.severity));
            const sheets = sheetNames.map((s) =>
              reportOf(
                s,
                findings.filter((f) => (f.place as { sheet: string }).sheet === s),
              ),
            );
            const copy = await copyOf(bytes, name, grids, sheets);
            const after = await snapshot(copy);
            expect(after.map((s) => s.name)).toEqual([...before.map((s) => s.name), "核对报告"]);
            const worst = new Map<string, Severity>();
            const order = { error: 0, warning: 1, info: 2 };
            for (const m of marks) {
              const key = `${m.sheet}!${cellAddress(m.row, m.col)}`;
              const current = worst.get(key);
              if (!current || order[m.severity] < order[current]) worst.set(key, m.severity);
            }
            for (const sheet of before) {
              const changed = after.find((s) => s.name === sheet.name)!;
              expect(changed.merges).toEqual(sheet.merges);
              expect(changed.widths.slice(0, sheet.widths.length)).toEqual(sheet.widths);
              for (const [address, cell] of sheet.cells) {
                const now = changed.cells.get(address) ?? { value: null, style: {} };
                const severity = worst.get(`${sheet.name}!${address}`);
                expect({ at: `${name} ${sheet.name}!${address}`, value: now.value }).toEqual({
                  at: `${name} ${sheet.name}!${address}`,
                  value: cell.value,
                });
                if (!severity) {
                  expect({ at: `${name} ${sheet.name}!${address}`, style: now.style }).toEqual({
                    at: `${name} ${sheet.name}!${address}`,
                    style: cell.style,
                  });
                } else {
                  const { fill, ...rest } = now.style;
                  const { fill: _old, ...restBefore } = cell.style;
                  // exceljs shows nothing for a cell in the default format (xf 0, or no style index at all): there
                  // the marked cell's format must be xf 0's with a fill, read from the package itself.
                  if (Object.keys(restBefore).length === 0)
                    expect(await formatOf(copy, sheet.name, address)).toEqual(await formatOf(copy, null, null));
                  else expect(rest).toEqual(restBefore);
                  expect((fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(
                    `FF${MARK_COLOURS[severity].slice(1).toUpperCase()}`,
                  );
                }
              }
              for (const [key, severity] of worst) {
                const [sheetName, address] = key.split("!");
                if (sheetName !== sheet.name) continue;
                const fill = changed.cells.get(address)?.style.fill as { fgColor?: { argb?: string } } | undefined;
                expect(fill?.fgColor?.argb).toBe(`FF${MARK_COLOURS[severity].slice(1).toUpperCase()}`);
              }
            }
          }),
          { numRuns: RUNS },
        );
      }
    },
    60_000,
  );

  it("leaves the bytes the user opened unchanged and adds a report a clerk can read and print", async () => {
    const original = await gridsToXlsx(SAMPLE_WORKBOOKS[0].grids);
    const before = Uint8Array.from(original);
    const grids = await readWorkbookGrids(original, "签到表.xlsx");
    const { sheets } = checkWorkbook(grids);
    const copy = await copyOf(original, "签到表.xlsx", grids, sheets);

    expect(Buffer.from(original).equals(Buffer.from(before))).toBe(true);
    const reread = await readWorkbookGrids(copy, "copy.xlsx");
    for (const grid of grids) expect(reread.find((g) => g.sheet === grid.sheet)!.rows).toEqual(grid.rows);
    const report = reread.find((g) => g.sheet === "核对报告")!;
    const text = report.rows.flat().map(String);
    expect(text).toContain("签到时间晚于会议开始时间");
    expect(text.some((t) => /^签到表（会议签到表）：应到 \d+ 人，实到 \d+ 人/.test(t))).toBe(true);
    expect(text).not.toContain("signin/late: 签到时间晚于会议开始时间");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(copy as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("核对报告")!;
    const headerRow = report.rows.findIndex((r) => r[0] === "工作表") + 1;
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    // exceljs drops links inside the workbook when it reads, so the link is read from the sheet's XML.
    const { default: JSZip } = await import("jszip");
    const reportXml = await (
      await JSZip.loadAsync(copy)
    )
      .file(/worksheets\/sheet\d+\.xml$/)
      .pop()!
      .async("string");
    const first = report.rows[headerRow];
    expect(reportXml).toContain(`<hyperlink ref="B${headerRow + 1}" location="&apos;${first[0]}&apos;!${first[1]}"`);
  });

  it("turns an .xls, .ods or .csv into an .xlsx copy holding the values the check read", async () => {
    const grids = SAMPLE_WORKBOOKS[0].grids.slice(0, 1);
    const csv = grids[0].rows.map((r) => r.map((v) => (v === null ? "" : String(v))).join(",")).join("\r\n");
    const bytes = new TextEncoder().encode(csv);
    const read = await readWorkbookGrids(bytes, "签到.csv");
    const { sheets } = checkWorkbook(read);
    const copy = await copyOf(bytes, "签到.csv", read, sheets);
    const reread = await readWorkbookGrids(copy, "copy.xlsx");
    // Rows come back as long as their last cell: compare without the trailing empty cells.
    const trimmed = (rows: unknown[][]) =>
      rows.map((r) => {
        const cells = r.map((v) => (v === "" ? null : v));
        while (cells.length && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
    expect(trimmed(reread[0].rows)).toEqual(trimmed(read[0].rows));
    expect(reread.map((g) => g.sheet)).toEqual(["签到", "核对报告"]);
  });
});
