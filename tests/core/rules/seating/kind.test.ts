import { readRegister } from "../../../../src/core/table/register-table";
import { cards, chart, roster } from "./fixture";

describe("reading a 座次图 or a 桌签 list", () => {
  it("reads the product's own chart as seating, every filled row kept as it is", () => {
    const table = readRegister(chart());
    expect(table.kind).toBe("seating");
    expect(table.headerIndex).toBe(-1);
    expect(table.rows.map((r) => r.index)).toEqual([0, 1, 2, 4, 6]);
  });

  it("reads an office's chart with no title by its 主席台 band", () => {
    const table = readRegister({
      sheet: "Sheet1",
      rows: [
        ["", "主席台", ""],
        ["李娜", "王建国", "张伟"],
      ],
    });
    expect(table.kind).toBe("seating");
  });

  it("reads a list of names under a 桌签 title as a 桌签 list, not a roster", () => {
    const table = readRegister(cards(["王建国"]));
    expect(table.kind).toBe("seating");
    expect(table.roleColumns.name).toBe(1);
  });

  it("keeps a ranked 参会名单 a roster, even on a sheet named 座次", () => {
    expect(readRegister(roster()).kind).toBe("roster");
    expect(readRegister({ ...roster(), sheet: "座次安排" }).kind).toBe("roster");
    expect(readRegister(roster()).roleColumns.rank).toBe(0);
  });

  it("leaves a grid with no band, no header and no seating name alone", () => {
    expect(
      readRegister({
        sheet: "Sheet1",
        rows: [
          ["李娜", "王建国"],
          ["张伟", "刘洋"],
        ],
      }).kind,
    ).toBeNull();
  });
});
