/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). The fake counts each request as
 * office.js would send it (tests/fakes/excel-fake.ts, requestEntryBytes): these tests mark and clear the 5,000-cell
 * cap on sheets with the longest names Excel allows and check that no request comes near the limit.
 */
import type { Severity } from "../../src/core/rules/finding";
import { cellAddress } from "../../src/core/table/grid";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { MAX_MARKED_CELLS } from "../../src/hosts/excel/mark-record";
import { FakeExcel } from "../fakes/excel-fake";

/** Excel's longest sheet name is 31 characters; in Chinese each is 3 bytes of UTF-8. */
const longName = (i: number) => `${i}号会场参会人员签到登记表（第一批次报到名单汇总及核对用表）`.slice(0, 31);

function bigWorkbook(sheets = 3, rows = 1000, columns = 8) {
  const excel = new FakeExcel();
  const marks = new Map<string, Map<string, Severity>>();
  for (let s = 0; s < sheets; s++) {
    const name = longName(s + 1);
    const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `${r}-${c}`));
    excel.addSheet(name, grid, { fills: { A1: { color: "#00B050", pattern: "Solid" } } });
    const cells = new Map<string, Severity>();
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) cells.set(cellAddress(r, c), (["error", "warning", "info"] as const)[c % 3]);
    marks.set(name, cells);
  }
  return { excel, marks };
}

describe("Excel on the web's 5 MB request limit", () => {
  it("marks and clears the 5,000-cell cap on long-named sheets with every request under 4 MB", async () => {
    const { excel, marks } = bigWorkbook();
    const host = createExcelHost(excel.run as never, () => true);
    expect(await host.markCells(marks)).toEqual({ cells: MAX_MARKED_CELLS, limited: true });
    const marking = Math.max(...excel.requests);
    excel.requests = [];
    expect(await host.clearMarks()).toEqual({ restored: MAX_MARKED_CELLS, kept: 0, gone: 0 });
    const clearing = Math.max(...excel.requests);
    // Measured: marking 2,969,172 bytes at most (6,136,187 in one request before it was split), clearing 2,731,593.
    expect(marking).toBeLessThan(4 * 1024 * 1024);
    expect(clearing).toBeLessThan(4 * 1024 * 1024);
    expect(excel.fillOf(longName(1), "A1")).toMatchObject({ color: "#00B050", pattern: "Solid" });
    expect(excel.names.size).toBe(0);
  });
});

describe("hiding the marks' names", () => {
  it("marks and clears even where Excel ignores NamedItem.visible = false (office-js#3878, #3949)", async () => {
    const { excel, marks } = bigWorkbook(1, 20, 2);
    excel.namesIgnoreHiding = true;
    const host = createExcelHost(excel.run as never, () => true);
    expect(await host.markCells(marks)).toEqual({ cells: 40, limited: false });
    expect([...excel.names.values()].every((n) => n.visible)).toBe(true);
    expect(await host.clearMarks()).toEqual({ restored: 40, kept: 0, gone: 0 });
    expect(excel.names.size).toBe(0);
  });
});

describe("a batch Excel refuses part-way", () => {
  it("puts back what marking coloured and reports Excel's refusal", async () => {
    const twin = bigWorkbook(1, 1000, 8);
    await createExcelHost(twin.excel.run as never, () => true).markCells(twin.marks);
    const largest = Math.max(...twin.excel.requests);
    const { excel, marks } = bigWorkbook(1, 1000, 8);
    const host = createExcelHost(excel.run as never, () => true);
    // A limit just below the largest request, the batch of names and fills: the record, written first, goes through.
    excel.payloadLimit = largest - 1;
    await expect(host.markCells(marks)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    const sheet = excel.sheet(longName(1));
    expect([...sheet.fills.keys()]).toEqual(["0,0"]);
    expect(excel.fillOf(longName(1), "A1")).toMatchObject({ color: "#00B050" });
    expect(excel.xmlParts).toEqual([]);
    expect(excel.names.size).toBe(0);
  });
});

describe("the report sheet", () => {
  it("writes 20,000 findings on long-named sheets in requests under 4 MB, every row and link in place", async () => {
    const excel = new FakeExcel();
    excel.addSheet(longName(1), [["姓名"]]);
    const message = "手机号码位数不对：应为 11 位数字，请与本人核实后更正；如为座机请注明区号。".repeat(2);
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      sheet: longName(1),
      cell: `G${i + 2}`,
      rule: "手机号码格式",
      severity: "错误",
      message,
      ruleId: "phone-format",
    }));
    const content = {
      lines: ["会务助手核对报告"],
      header: ["工作表", "单元格", "规则", "级别", "说明", "规则编号"],
      rows,
      widths: [20, 8, 12, 6, 40, 14],
    };
    const host = createExcelHost(excel.run as never, () => true);
    const name = await host.writeReport(content);
    expect(Math.max(...excel.requests)).toBeLessThan(4 * 1024 * 1024);
    expect(excel.requests.length).toBeGreaterThan(2);
    expect(excel.valueOf(name, "E20003")).toBe(message);
    expect(excel.sheet(name).links.size).toBe(20_000);
  });
});

describe("Excel on the web's five million cells a read", () => {
  it("reads a sheet larger than one read allows in blocks, each under the limit", async () => {
    const excel = new FakeExcel();
    const columns = 50;
    const grid = Array.from({ length: 4_000 }, (_, r) =>
      Array.from({ length: columns }, (_, c) => (c === 0 ? `姓名${r}` : c === 1 ? "县财政局" : "")),
    );
    excel.addSheet("签到", [["姓名", "单位", ...Array(columns - 2).fill("备注")], ...grid]);
    // The limit lowered so that the sheet (about 200,000 cells) is forty times one read.
    excel.readCellLimit = 5_000;
    const host = createExcelHost(excel.run as never, () => true);
    await expect(host.readWorkbook()).resolves.toHaveLength(1);
  });

  it("a single read over the limit is refused, as Excel on the web refuses it", async () => {
    const excel = new FakeExcel();
    excel.addSheet("表", [
      ["a", "b"],
      ["c", "d"],
    ]);
    excel.readCellLimit = 3;
    await expect(
      excel.run(async (context: never) => {
        const ctx = context as unknown as {
          workbook: { worksheets: { getItem(n: string): { getRange(a: string): { load(p: string): void } } } };
          sync(): Promise<void>;
        };
        ctx.workbook.worksheets.getItem("表").getRange("A1:B2").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
