import { seatingChart } from "../../../src/core/seating/chart";
import { chartTitle, seatingRoster } from "../../../src/core/seating/roster-chart";
import type { Grid } from "../../../src/core/table/grid";
import { readRegister } from "../../../src/core/table/register-table";
import { chartGrid, isSeat, swapSeats } from "../../../src/core/seating/swap";
import { SEATING_ROSTER_SHEET, SEATING_SHEET } from "../../../src/samples/other-registers";
import { ROSTER_SHEET } from "../../../src/samples/signin-workbook";

const chart = seatingChart(
  ["王一", "李二", "张三", "赵四", "钱五", "孙六", "周七", "吴八"].map((name) => ({ name })),
  { podium: 3, hallColumns: 4 },
);
const at = (name: string) => {
  const seat = chart.seats.find((s) => s.name === name)!;
  return { row: seat.row, col: seat.col };
};

describe("swapSeats", () => {
  it("swaps two people's names and places, the rest of the chart unchanged", () => {
    const swapped = swapSeats(chart, at("王一"), at("孙六"));
    expect(swapped.rows[at("王一").row][at("王一").col]).toBe("孙六");
    expect(swapped.rows[at("孙六").row][at("孙六").col]).toBe("王一");
    expect(swapped.seats.find((s) => s.name === "王一")).toMatchObject({ ...at("孙六"), area: "hall", areaRow: 0 });
    expect(swapped.seats.find((s) => s.name === "孙六")).toMatchObject({ ...at("王一"), area: "podium", areaRow: 0 });
    expect(chart.rows[at("王一").row][at("王一").col]).toBe("王一");
    expect(swapped.cells).toBe(chart.cells);
  });

  it("moves a person to an empty seat, and ignores anything that is not a seat", () => {
    const last = chart.seats.at(-1)!;
    const empty = { row: last.row, col: last.col + 1 };
    expect(isSeat(chart, empty)).toBe(true);
    const moved = swapSeats(chart, at("吴八"), empty);
    expect(moved.rows[empty.row][empty.col]).toBe("吴八");
    expect(moved.rows[at("吴八").row][at("吴八").col]).toBe("");
    expect(moved.seats.find((s) => s.name === "吴八")).toMatchObject({
      ...empty,
      area: "hall",
      areaRow: 1,
      position: last.position + 1,
    });
    expect(swapSeats(chart, at("王一"), { row: 0, col: 0 })).toBe(chart);
    expect(swapSeats(chart, at("王一"), at("王一"))).toBe(chart);
  });

  it("gives the chart as a grid to check", () => {
    expect(chartGrid(chart)).toEqual({ sheet: "座次图", rows: chart.rows, merges: chart.merges });
  });
});

describe("seatingRoster", () => {
  it("takes the ranked 参会名单, not the chart beside it", () => {
    const rosterOf = (grids: Grid[]) => seatingRoster(grids.map(readRegister))?.sheet;
    expect(rosterOf([SEATING_SHEET, SEATING_ROSTER_SHEET])).toBe(SEATING_ROSTER_SHEET.sheet);
    expect(rosterOf([ROSTER_SHEET])).toBe(ROSTER_SHEET.sheet);
    expect(rosterOf([SEATING_SHEET])).toBeUndefined();
  });
});

describe("chartTitle", () => {
  it("names the chart after the list's meeting", () => {
    expect(chartTitle(readRegister(SEATING_ROSTER_SHEET))).toBe("全县经济工作会议座次图");
    expect(chartTitle({ ...readRegister(SEATING_ROSTER_SHEET), titleLines: ["会议时间：12月3日"] })).toBe(undefined);
  });
});
