import { rosterChart } from "../../../src/core/seating/roster-chart";
import { readRegister } from "../../../src/core/table/register-table";
import { SEATING_ROSTER_SHEET } from "../../../src/samples/other-registers";

const roster = readRegister(SEATING_ROSTER_SHEET);
const seatedNames = (leave: string[] | null) =>
  rosterChart(roster, {}, leave)!
    .chart.seats.map((seat) => seat.name)
    .sort();

describe("rosterChart", () => {
  it("titles the chart after the list and leaves out who the list marks on leave", () => {
    const made = rosterChart(roster)!;
    expect(made.chart.rows[0][0]).toBe("全县经济工作会议座次图");
    expect(made.onLeave).toEqual(["孙丽"]);
    expect(made.chart.seats).toHaveLength(10);
  });

  it("takes who is on leave from a tally counted against the list: who signed is seated, who is away is not", () => {
    const made = rosterChart(roster, {}, ["吴芳"])!;
    expect(made.onLeave).toEqual(["吴芳"]);
    expect(seatedNames(["吴芳"])).toContain("孙丽");
    expect(seatedNames(["吴芳"])).not.toContain("吴芳");
    expect(seatedNames([])).toHaveLength(11);
  });
});
