import type { CellValue } from "../../../src/core/table/grid";
import fc from "fast-check";
import { PODIUM_BAND, seatingChart } from "../../../src/core/seating/chart";
import { podiumOrder } from "../../../src/core/seating/podium";
import { readSeats } from "../../../src/core/seating/read-seats";

const names = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `人员${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"子丑寅卯辰巳午未申酉戌亥"[Math.floor(i / 10) % 12]}`,
    unit: `单位${i % 3}`,
  }));
const lines = (rows: CellValue[][]) => rows.map((cells, index) => ({ index, cells }));

describe("seatingChart", () => {
  it("draws a five-seat 主席台 in the audience's view, the hall below, a band, labels and the direction", () => {
    const chart = seatingChart(
      ["王一", "李二", "张三", "赵四", "钱五", "孙六", "周七", "吴八"].map((name) => ({ name })),
      { podium: 5, hallColumns: 4 },
    );
    expect(chart.rows[0][0]).toBe("座次图");
    expect(chart.rows[1][1]).toBe(PODIUM_BAND);
    // 5 3 1 2 4 from the audience's left.
    expect(chart.rows[2].filter(Boolean)).toEqual(["主席台", "钱五", "张三", "王一", "李二", "赵四"]);
    expect(chart.rows[3].every((c) => c === "")).toBe(true);
    expect(chart.rows[4].filter(Boolean)).toEqual(["第一排", "孙六", "周七", "吴八"]);
    expect(chart.rows.at(-1)![0]).toMatch(/观众视角.*面向会场.*左高右低/);
    expect(chart.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: chart.width });
    expect(chart.cells[2][0]).toBe("label");
    expect(chart.cells[2][3]).toBe("seat");
    expect(chart.seats.find((s) => s.name === "王一")).toMatchObject({
      area: "podium",
      areaRow: 0,
      position: 2,
      row: 2,
      col: 3,
    });
  });

  it("puts the front row of a two-row 主席台 under the one behind it, the highest ranks in front", () => {
    const chart = seatingChart(names(9), { podium: 9, podiumRows: 2, hallColumns: 5 });
    const front = chart.seats.filter((s) => s.area === "podium" && s.areaRow === 0);
    const back = chart.seats.filter((s) => s.area === "podium" && s.areaRow === 1);
    expect(front.map((s) => s.rank).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(back.map((s) => s.rank).sort()).toEqual([6, 7, 8, 9]);
    expect(back[0].row).toBeLessThan(front[0].row);
    expect(chart.rows[back[0].row][0]).toBe("主席台第二排");
    expect(chart.rows[front[0].row][0]).toBe("主席台第一排");
  });

  it("seats the hall unit by unit when asked", () => {
    const people = [
      { name: "甲一", unit: "A" },
      { name: "乙一", unit: "B" },
      { name: "甲二", unit: "A" },
      { name: "乙二", unit: "B" },
    ];
    const chart = seatingChart(people, { podium: 0, hallColumns: 4, groupByUnit: true });
    expect(chart.seats.map((s) => s.name)).toEqual(["甲一", "甲二", "乙一", "乙二"]);
    expect(chart.rows.some((r) => r.includes(PODIUM_BAND))).toBe(false);
  });

  it("is read back seat for seat, the podium in podiumOrder, for any list and layout", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 14 }),
        fc.constantFrom("left" as const, "right" as const),
        (count, podium, podiumRows, hallColumns, side) => {
          const chart = seatingChart(names(count), { podium, podiumRows, hallColumns, side });
          expect(chart.seats).toHaveLength(count);
          const reading = readSeats(lines(chart.rows));
          expect(reading.side).toBe(side);
          expect(reading.seats.map((s) => [s.name, s.row, s.col])).toEqual(
            [...chart.seats].sort((a, b) => a.row - b.row || a.col - b.col).map((s) => [s.name, s.row, s.col]),
          );
          for (const seat of chart.seats.filter((s) => s.area === "podium")) {
            const read = reading.seats.find((s) => s.row === seat.row && s.col === seat.col)!;
            expect(read).toMatchObject({ area: "podium", podiumRow: seat.areaRow, position: seat.position });
            const row = chart.seats.filter((s) => s.area === "podium" && s.areaRow === seat.areaRow);
            const rowRank = row.filter((s) => s.rank <= seat.rank).length;
            expect(podiumOrder(row.length, side)[seat.position]).toBe(rowRank);
          }
        },
      ),
    );
  });
});

describe("readSeats", () => {
  it("reads an office's chart: an unlabelled 主席台 under its band, names with posts, spaced names", () => {
    const reading = readSeats(
      lines([
        ["全县经济工作会议座次图", "", "", ""],
        ["", "主席台", "", ""],
        ["", "赵四\n副县长", "王　一", "李二（县长）"],
        ["", "", "", ""],
        ["会场", "张三", "空位", "钱五"],
        ["注：以右为上", "", "", ""],
      ]),
    );
    expect(reading.side).toBe("right");
    expect(reading.hasPodium).toBe(true);
    expect(reading.seats.map((s) => [s.name, s.area, s.position, s.address])).toEqual([
      ["赵四", "podium", 0, "B3"],
      ["王一", "podium", 1, "C3"],
      ["李二", "podium", 2, "D3"],
      ["张三", "hall", undefined, "B5"],
      ["钱五", "hall", undefined, "D5"],
    ]);
  });

  it("mirrors a chart drawn from the 主席台 (主席台视角)", () => {
    const reading = readSeats(lines([["主席台（主席台视角）"], ["甲一", "乙二", "丙三"]]));
    expect(reading.podiumView).toBe(true);
    expect(reading.seats.map((s) => s.position)).toEqual([2, 1, 0]);
  });

  it("reads a 桌签 list's one column, with its origin", () => {
    const reading = readSeats(
      lines([
        ["序号", "姓名"],
        [1, "王　强"],
        [2, "李娜"],
      ]),
      {
        list: { col: 1 },
        origin: { row: 2, col: 1 },
      },
    );
    expect(reading.seats.map((s) => [s.name, s.area, s.address])).toEqual([
      ["王强", "list", "C4"],
      ["李娜", "list", "C5"],
    ]);
  });
});
