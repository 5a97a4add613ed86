import fc from "fast-check";
import { WorkCalendar } from "../../src/core/calendar/work-calendar";
import { type LocalDate, addDays, compareDates } from "../../src/core/text/dates";

/** The count a clerk would make: one day at a time. */
function countByDay(calendar: WorkCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1))
    if (calendar.isWorkday(day)) count++;
  return count;
}

const date = fc
  .record({
    year: fc.integer({ min: 2002, max: 2028 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map((d): LocalDate => d);

describe("working days", () => {
  it("are counted as a clerk counts them day by day, holidays, 调休 and the user's own days included", () => {
    const calendar = new WorkCalendar({ holidays: ["2027-01-01", "2026-12-07"], workdays: ["2027-02-06"] });
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(calendar.workdaysAfter(a, b).count).toBe(countByDay(calendar, a, b));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });

  it("over any span at once: 1000-01-01 to 9999-12-31 looks only at the listed days, not at every day", () => {
    const calendar = new WorkCalendar();
    const looked = jest.spyOn(calendar, "isWorkday");
    const { count, uncoveredYears } = calendar.workdaysAfter(
      { year: 1000, month: 1, day: 1 },
      { year: 9999, month: 12, day: 31 },
    );
    expect(count).toBeGreaterThan(2_340_000);
    expect(uncoveredYears.length).toBeGreaterThan(8_000);
    // Day by day would ask 3.3 million times; only the holidays and 调休 days of the data are asked about.
    expect(looked.mock.calls.length).toBeLessThan(5_000);
  });
});
