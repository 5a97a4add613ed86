import { checkWorkbook } from "../../src/core/rules/run-registers";
import { checkedCopy } from "../../src/hosts/files/checked-copy";
import { readXlsxGrids } from "../../src/hosts/files/read-xlsx";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";

describe("file mode's checked copy", () => {
  it("leaves the bytes the user opened unchanged, keeps every value, and adds only fills and a report sheet", async () => {
    const original = await gridsToXlsx(SAMPLE_WORKBOOKS[0].grids);
    const before = Uint8Array.from(original);
    const grids = await readXlsxGrids(original, "签到表.xlsx");
    const copy = await checkedCopy(original, "签到表.xlsx", checkWorkbook(grids).sheets, "2026-12-03 10:00");

    expect(Buffer.from(original).equals(Buffer.from(before))).toBe(true);
    const reread = await readXlsxGrids(copy, "copy.xlsx");
    expect(reread.map((g) => g.sheet)).toEqual([...grids.map((g) => g.sheet), "核对报告"]);
    for (const grid of grids) expect(reread.find((g) => g.sheet === grid.sheet)!.rows).toEqual(grid.rows);
  });
});
