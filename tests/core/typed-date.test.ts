import fc from "fast-check";
import { dateForTyping, typedDate } from "../../src/core/meeting/typed-date";

describe("a date typed into the form, whatever the browser's locale", () => {
  it.each([
    ["2026-12-03", "2026-12-03"],
    ["2026/12/3", "2026-12-03"],
    ["2026.12.3", "2026-12-03"],
    ["2026年12月3日", "2026-12-03"],
    ["2026年12月3日（星期四）", "2026-12-03"],
    ["2026 年 12 月 3 日", "2026-12-03"],
  ])("date field: %s → %s", (typed, iso) => {
    expect(typedDate(typed, false)).toBe(iso);
  });

  it.each([
    ["2026-12-03 9:00", "2026-12-03T09:00"],
    ["2026-12-03T14:30", "2026-12-03T14:30"],
    ["2026年12月3日 下午2:30", "2026-12-03T14:30"],
    ["2026年12月3日（星期四）上午9时", "2026-12-03T09:00"],
    ["2026年12月3日下午3点半", "2026-12-03T15:30"],
    ["2026年12月3日 9点30分", "2026-12-03T09:30"],
    ["2026年12月3日 晚上7：00", "2026-12-03T19:00"],
    ["2026年12月3日", "2026-12-03"],
  ])("date-and-time field: %s → %s", (typed, iso) => {
    expect(typedDate(typed, true)).toBe(iso);
  });

  it.each([
    ["12月3日", "no year: the checks ask for one"],
    ["2026年12月3日（星期三）", "a weekday the date does not fall on"],
    ["2026年2月30日", "no such day"],
    ["2026-12-03 25:00", "no such hour"],
    ["明天上午", "a relative date"],
    ["", "nothing"],
  ])("keeps %s as typed (%s)", (typed) => {
    expect(typedDate(typed, true)).toBeNull();
  });

  it("a time in a date-only field is not silently dropped", () => {
    expect(typedDate("2026-12-03 9:00", false)).toBeNull();
  });

  it("what the form shows reads back as the same value", () => {
    const day = fc.date({
      min: new Date("2000-01-01T00:00Z"),
      max: new Date("2099-12-31T00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        day,
        fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
        (d, time) => {
          const iso =
            d.toISOString().slice(0, 10) +
            (time ? `T${String(time[0]).padStart(2, "0")}:${String(time[1]).padStart(2, "0")}` : "");
          expect(typedDate(dateForTyping(iso), true)).toBe(iso);
        },
      ),
    );
  });
});
