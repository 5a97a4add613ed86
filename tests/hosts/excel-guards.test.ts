import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { FakeExcel } from "../fakes/excel-fake";

/** The guards tests/hosts/office-contract.test.ts asked for: each call stays within the set its check names. */
const only = (floor: string) => (set: string, version: string) =>
  set === "ExcelApi" && Number(version.split(".")[1]) <= Number(floor.split(".")[1]);

describe("the Excel adapter's capability checks", () => {
  it("refuses to append below ExcelApi 1.7 (getRangeByIndexes), in Chinese, without writing", async () => {
    const excel = new FakeExcel();
    excel.addSheet("台账", [["事项"]]);
    const host = createExcelHost(excel.run as never, only("1.6"));
    await expect(host.appendRows("台账", { row: 1, col: 0 }, [["新事项"]], [])).rejects.toThrow(
      /当前 Excel 版本不支持把新登记追加到工作表（需要 ExcelApi 1\.7/,
    );
    expect(excel.writes).toEqual([]);
  });

  it("fixes a cell in Office 2016 (ExcelApi 1.1), where the protection check (1.2) is skipped", async () => {
    const excel = new FakeExcel();
    excel.addSheet("名单", [["姓名"], ["王 芳"]]);
    const host = createExcelHost(excel.run as never, only("1.1"));
    await host.applyFix({ sheet: "名单", cell: "A2", before: "王 芳", after: "王芳" } as never);
    expect(excel.valueOf("名单", "A2")).toBe("王芳");
  });

  it("does not discard the marks' record where marking is not supported (custom XML parts: ExcelApi 1.5)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("名单", [["姓名"]]);
    await expect(createExcelHost(excel.run as never, only("1.4")).discardMarks()).rejects.toThrow(/需要 ExcelApi 1\.9/);
  });
});
