import { cellOf } from "../../src/core/rules/finding";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { readRegister } from "../../src/core/table/register-table";

// A sign-in sheet printed in two blocks to fit one page: 姓名 单位 签名 | 姓名 单位 签名.
const SIGNIN = {
  sheet: "签到",
  rows: [
    ["全县安全生产工作会议签到表"],
    ["姓名", "单位", "签名", "姓名", "单位", "签名"],
    ["张三", "财政局", "张三", "李四", "民政局", "李四"],
    ["王五", "教育局", "王五", "赵六", "住建局", "钱七"],
    ["孙八", "卫健局", "", null, null, null],
  ],
};
const ROSTER = {
  sheet: "名单",
  rows: [
    ["姓名", "单位"],
    ["张三", "财政局"],
    ["李四", "民政局"],
    ["王五", "教育局"],
    ["赵六", "住建局"],
    ["孙八", "卫健局"],
  ],
};

describe("a register printed as side-by-side blocks", () => {
  it("reads down the left block, then down the right, each row knowing where its block starts", () => {
    const table = readRegister(SIGNIN);
    expect(table.kind).toBe("signin");
    expect(table.columns.map((c) => c.header)).toEqual(["姓名", "单位", "签名"]);
    expect(table.rows.map((r) => [r.index, r.offset, r.cells[0]])).toEqual([
      [2, 0, "张三"],
      [3, 0, "王五"],
      [4, 0, "孙八"],
      [2, 3, "李四"],
      [3, 3, "赵六"],
    ]);
  });

  it("counts the people of every block and points findings at their own cells", () => {
    const sheet = checkWorkbook([SIGNIN, ROSTER]).sheets[0];
    expect(sheet.tally).toMatchObject({ expected: 5, present: 4, absent: 1 });
    const found = sheet.findings.map((f) => [f.ruleId, cellOf(f)?.sheet, cellOf(f)?.cell]);
    expect(found).toContainEqual(["signin/proxy", "签到", "F4"]); // 赵六's row, signed 钱七
    // 孙八 has a row but did not sign: one fact, said where it shows (his empty 签名), not again on the 名单.
    expect(found).toContainEqual(["signin/unsigned", "签到", "C5"]);
    expect(found.filter(([id]) => id === "signin/absent")).toHaveLength(0);
  });

  it("leaves an ordinary header alone, even with a column named twice", () => {
    const table = readRegister({
      sheet: "签到",
      rows: [
        ["姓名", "单位", "签名", "姓名"],
        ["张三", "财政局", "张三", "张三"],
      ],
    });
    expect(table.columns).toHaveLength(4);
    expect(table.rows).toEqual([{ index: 1, offset: 0, segment: 0, cells: ["张三", "财政局", "张三", "张三"] }]);
  });
});
