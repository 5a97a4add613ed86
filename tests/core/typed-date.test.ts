import fc from "fast-check";
import { dateForTyping, typedDate, typedDateProblem } from "../../src/core/meeting/typed-date";

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
    ["2026年12月3日 下午两点半", "2026-12-03T14:30"],
    ["2026年12月3日 14:30", "2026-12-03T14:30"],
    ["2026年12月3日 2点半", "2026-12-03T14:30"],
    ["2026年12月3号上午十点一刻", "2026-12-03T10:15"],
    ["2026年12月3日 十二点", "2026-12-03T12:00"],
    ["2026年12月3日 中午1点", "2026-12-03T13:00"],
    ["2026年12月3日 凌晨2:05", "2026-12-03T02:05"],
    ["2026年12月3日 八点三十五分", "2026-12-03T08:35"],
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
    expect(typedDateProblem("2026-12-03 9:00", false)).toBe("这里只写日期，不写时间");
  });

  it.each([
    ["下午两点半", "“下午两点半”只有时间，没有日期：请写明年月日，如 2026年12月3日 下午2:30"],
    ["14:30", "“14:30”只有时间，没有日期：请写明年月日，如 2026年12月3日 下午2:30"],
    ["2点半", "“2点半”只有时间，没有日期：请写明年月日，如 2026年12月3日 下午2:30"],
    ["下午", "“下午”只有时间，没有日期：请写明年月日，如 2026年12月3日 下午2:30"],
    ["2026年12月3日下午", "只写了“下午”，没写几点：请写明，如 下午2:30"],
    ["2026年12月3日 下午两点多", "看不懂时间“下午两点多”：请写成 14:30 或 下午2:30"],
    ["2026年2月30日", "没有这一天，请核对年月日"],
  ])("a time form it cannot write is said: %s", (typed, problem) => {
    expect(typedDate(typed, true)).toBeNull();
    expect(typedDateProblem(typed, true)).toBe(problem);
  });

  it.each(["2026年12月3日 下午2:30", "12月3日", "明天上午", "", "2026年12月3日（星期三）"])(
    "no problem of its own for %s (a date, or words the checks judge)",
    (typed) => {
      expect(typedDateProblem(typed, true)).toBeNull();
    },
  );

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
