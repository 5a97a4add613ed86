import fc from "fast-check";
import type { CellValue, Grid, MergedArea } from "../../src/core/table/grid";
import { fillMergedDown } from "../../src/core/table/fill-merged-down";
import { jszipWithinLimits } from "../../src/hosts/files/bounded-jszip";
import { unzipWithinLimits } from "../../src/hosts/files/bounded-unzip";
import { clearMergedCells } from "../../src/hosts/files/clear-merged-cells";
import { hiddenOdsTables } from "../../src/hosts/files/ods-hidden-sheets";
import { CsvParser, parseCsv } from "../../src/hosts/files/read-csv";
import { decodeText } from "../../src/hosts/files/text-bytes";
import { printable } from "../../src/cli/terminal";
import { encode as gbk } from "./gbk";
import { repeatedByteDeflate, zipBytes } from "./hostile-zips";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const limits = { fileName: "t.csv", maxCellText: 32_767 };

/** The readers' merge handling before it was made linear: the reference the sweep must agree with. */
function clearNaively(rows: CellValue[][], merges: MergedArea[]): void {
  for (const m of merges)
    for (let r = m.top; r <= m.bottom && r < rows.length; r++)
      for (let c = m.left; c <= m.right && c < rows[r].length; c++) if (r !== m.top || c !== m.left) rows[r][c] = null;
}

const gridArb = fc
  .array(fc.array(fc.option(fc.constantFrom("a", "b", " ", 1), { nil: null }), { maxLength: 6 }), { maxLength: 8 })
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      merges: fc.array(
        fc
          .record({ top: fc.nat(8), left: fc.nat(6), height: fc.nat(4), width: fc.nat(4) })
          .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width })),
        { maxLength: 6 },
      ),
    }),
  );

describe("bounded reading, unit by unit", () => {
  it("clears merged cells exactly as the cell-by-cell loop did", () => {
    fc.assert(
      fc.property(gridArb, ({ rows, merges }) => {
        const expected = rows.map((r) => r.slice());
        const actual = rows.map((r) => r.slice());
        clearNaively(expected, merges);
        clearMergedCells(actual, merges);
        expect(actual).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it("fills merged cells down as the area-by-area loop did, where the top cell has a value", () => {
    fc.assert(
      fc.property(gridArb, ({ rows, merges }) => {
        const grid: Grid = { sheet: "s", rows, merges };
        const expected = rows.map((r) => r.slice());
        for (const area of merges) {
          if (area.bottom === area.top) continue;
          const top = expected[area.top]?.[area.left];
          if (top === null || top === undefined || top === " ") continue;
          for (let r = area.top + 1; r <= area.bottom && r < expected.length; r++) {
            const cell = expected[r][area.left];
            if (cell === null || cell === undefined || cell === " ")
              expected[r][area.left] = expected[area.top][area.left];
          }
        }
        expect(fillMergedDown(grid)).toEqual(expected);
        expect(grid.rows).toEqual(rows); // the caller's grid is not changed
      }),
      { numRuns: RUNS },
    );
  });

  it("parses a .csv the same whichever pieces it arrives in", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab",\r\n]{0,40}$/), fc.array(fc.nat(40)), (text, cuts) => {
        const whole = parseCsv(text, limits, ",");
        const parser = new CsvParser(limits, ",");
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          parser.push(text.slice(at, Math.max(at, cut)));
          at = Math.max(at, cut);
        }
        parser.push(text.slice(at));
        expect(parser.finish()).toEqual(whole);
      }),
      // The counterexample a CI run found: `a\r` | `` | `\na` read as three rows, the empty piece losing the \r.
      { numRuns: RUNS, examples: [["a\r\na", [2, 2]]] },
    );
  });

  it("reads quoted fields, doubled quotes and line breaks in quotes; ends rows at their last filled cell", () => {
    expect(parseCsv('a,"b,""c""\nd",\n\n,x\n', limits, ",")).toEqual([["a", 'b,"c"\nd'], [], [null, "x"]]);
  });

  it("reads a UTF-8 file with a GBK line line by line, and a GBK file as GBK", () => {
    const mixed = Buffer.concat([Buffer.from("张三\n李四\n"), Buffer.from(gbk("王五\n"))]);
    expect(decodeText(mixed)).toBe("张三\n李四\n王五\n");
    expect(decodeText(gbk("张三\n李四\nabc\n"))).toBe("张三\n李四\nabc\n");
    expect(decodeText(Buffer.from("\ufeff通知"))).toBe("通知");
  });

  it("finds hidden .ods sheets by their table style", () => {
    const xml =
      '<office:automatic-styles><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>' +
      '<style:style style:name="ta1"><style:table-properties table:display="true"/></style:style></office:automatic-styles>' +
      '<table:table table:name="隐藏&amp;表" table:style-name="ta2"/><table:table table:name="签到" table:style-name="ta1"/>';
    expect([...hiddenOdsTables(xml)]).toEqual(["隐藏&表"]);
  });

  it("counts what entries really unpack to, not what the directory says", () => {
    const bomb = zipBytes([{ name: "a.xml", deflated: repeatedByteDeflate(0x20, 3000), size: 3000, claimedSize: 10 }]);
    expect(unzipWithinLimits(bomb, "t.xlsx", { keep: () => true, damaged: "坏" }).get("a.xml")?.length).toBe(3000);
    expect(() => unzipWithinLimits(bomb, "t.xlsx", { keep: () => true, damaged: "坏", limit: 2000 })).toThrow(
      /解压后的实际大小与文件目录中记的不符，超过 0 MB 的上限/,
    );
    expect(() => unzipWithinLimits(bomb.subarray(0, 40), "t.xlsx", { keep: () => true, damaged: "坏" })).toThrow("坏");
  });

  it("gives writers a JSZip of the bounded parts, so an understated directory does not stop them", async () => {
    const bytes = zipBytes([{ name: "xl/styles.xml", data: "<styleSheet/>".repeat(50), claimedSize: 20 }]);
    const zip = await jszipWithinLimits(bytes, "t.xlsx", "坏");
    expect(await zip.file("xl/styles.xml")?.async("string")).toBe("<styleSheet/>".repeat(50));
  });

  it("shows control characters as symbols and keeps only its own colours", () => {
    expect(printable("a\x1b]0;t\x07b\x1b[2Jc\x9bd\te\n")).toBe("a␛]0;t␇b␛[2Jc\ufffdd\te\n");
    expect(printable("\x1b[33m警告\x1b[0m")).toBe("\x1b[33m警告\x1b[0m");
  });
});
