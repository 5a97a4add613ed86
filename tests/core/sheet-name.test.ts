import fc from "fast-check";
import { SHEET_NAME_MAX, validSheetName, validSheetNames } from "../../src/core/table/sheet-name";

/** What Excel (and SheetJS, which checks as Excel does) refuses. */
function excelRefuses(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > SHEET_NAME_MAX ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toUpperCase() === "HISTORY"
  );
}

describe("a sheet name made from a file's name", () => {
  it.each([
    ["参会名单", "参会名单"],
    [
      "2026年12月3日全县安全生产工作会议参会人员签到登记表（终稿）",
      "2026年12月3日全县安全生产工作会议参会人员签到登记表（终",
    ],
    ["名单[第1批]", "名单_第1批_"],
    ["a:b\\c/d?e*f", "a_b_c_d_e_f"],
    ["'张三'的名单'", "张三'的名单"],
    ["History", "History_"],
    ["history", "history_"],
    ["", "Sheet"],
    ["'''", "Sheet"],
  ])("%s → %s", (wanted, made) => {
    expect(validSheetName(wanted)).toBe(made);
    expect(excelRefuses(made)).toBe(false);
  });

  it("never splits a character outside the BMP at the 31st unit", () => {
    const name = validSheetName(`${"名".repeat(30)}𠮷𠮷`);
    expect(name).toBe("名".repeat(30));
    expect(validSheetName(`${"名".repeat(29)}𠮷`)).toBe(`${"名".repeat(29)}𠮷`);
  });

  it("tells apart names Excel would take for one, case-insensitively, within 31 units", () => {
    expect(validSheetNames(["名单", "Sheet", "sheet", "名单", "名单 (2)"])).toEqual([
      "名单",
      "Sheet",
      "sheet (2)",
      "名单 (2)",
      "名单 (2) (2)",
    ]);
    const long = "甲".repeat(40);
    const [a, b] = validSheetNames([long, long]);
    expect([a.length, b.length]).toEqual([31, 31]);
    expect(b.endsWith(" (2)")).toBe(true);
  });

  it("property: any names become valid, distinct ones, and valid distinct names stay", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 6 }), (wanted) => {
        const names = validSheetNames(wanted);
        for (const name of names) expect(excelRefuses(name)).toBe(false);
        expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
        expect(validSheetNames(names)).toEqual(names);
        for (const name of names) expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      }),
    );
  });
});
