import fc from "fast-check";
import { parseChineseNumeral, parseCount } from "../../src/core/text/chinese-numbers";
import { fromExcelSerial, parseDateTimeText, weekdayOf } from "../../src/core/text/dates";
import { checkDocNumber } from "../../src/core/text/doc-number";
import { matchKey, toHalfWidth } from "../../src/core/text/normalize";
import { nameWithoutNote, noteAfterName } from "../../src/core/text/name-note";
import { readPhone } from "../../src/core/text/phone";

describe("dates and times as people type them", () => {
  it.each([
    ["2026年12月3日", { year: 2026, month: 12, day: 3 }, null],
    ["2026-12-03", { year: 2026, month: 12, day: 3 }, null],
    ["2026/12/3", { year: 2026, month: 12, day: 3 }, null],
    ["2026.12.3", { year: 2026, month: 12, day: 3 }, null],
    ["２０２６年１２月３日", { year: 2026, month: 12, day: 3 }, null],
    ["二〇二六年十二月三日", { year: 2026, month: 12, day: 3 }, null],
    ["2026年12月3日（星期四）上午9:00", { year: 2026, month: 12, day: 3 }, { hour: 9, minute: 0 }],
    ["2026-12-03T09:05", { year: 2026, month: 12, day: 3 }, { hour: 9, minute: 5 }],
    ["9:05", null, { hour: 9, minute: 5 }],
    ["09:05:00", null, { hour: 9, minute: 5 }],
    ["上午9时5分", null, { hour: 9, minute: 5 }],
    ["下午2:30", null, { hour: 14, minute: 30 }],
    ["下午2点半", null, { hour: 14, minute: 30 }],
    ["中午12:10", null, { hour: 12, minute: 10 }],
  ])("%s", (text, date, time) => {
    expect(parseDateTimeText(text)).toEqual({ ok: true, value: { date, time } });
  });

  it("takes the year from the meeting for 12月3日", () => {
    expect(parseDateTimeText("12月3日", 2026)).toEqual({
      ok: true,
      value: { date: { year: 2026, month: 12, day: 3 }, time: null },
    });
  });

  it.each([
    ["11/28", { year: 2026, month: 11, day: 28 }, null],
    ["11.28 16:00", { year: 2026, month: 11, day: 28 }, { hour: 16, minute: 0 }],
    ["11-28 8:05", { year: 2026, month: 11, day: 28 }, { hour: 8, minute: 5 }],
  ])("%s: month and day in figures, the year from the meeting", (text, date, time) => {
    expect(parseDateTimeText(text, 2026)).toEqual({ ok: true, value: { date, time } });
  });

  it.each(["9.15", "8.45", "11.28"])("%s alone is no date: it may be a time typed with a dot", (text) => {
    expect(parseDateTimeText(text, 2026)).toEqual({ ok: false, reason: "unreadable" });
  });

  it.each(["2026年2月30日", "2026-13-01", "25:00", "9:75"])("%s is impossible", (text) => {
    expect(parseDateTimeText(text)).toEqual({ ok: false, reason: "impossible" });
  });

  it.each(["明天", "下周三", "2026年12月3日左右", ""])("%s is unreadable", (text) => {
    expect(parseDateTimeText(text)).toEqual({ ok: false, reason: "unreadable" });
  });

  it("reads Excel serials, including the time of day alone and the 1900 leap-year bug", () => {
    expect(fromExcelSerial(46359.375)).toEqual({
      date: { year: 2026, month: 12, day: 3 },
      time: { hour: 9, minute: 0 },
    });
    expect(fromExcelSerial(0.5)).toEqual({ date: null, time: { hour: 12, minute: 0 } });
    expect(fromExcelSerial(61)?.date).toEqual({ year: 1900, month: 3, day: 1 });
    expect(fromExcelSerial(59)?.date).toEqual({ year: 1900, month: 2, day: 28 });
    expect(fromExcelSerial(60)).toBeNull();
  });

  it("knows the weekday", () => {
    expect(weekdayOf({ year: 2026, month: 12, day: 3 })).toBe(4);
  });
});

describe("numbers, phones, names and document numbers", () => {
  it.each([
    ["李娜（代）", "李娜", "代"],
    ["孙磊(迟到)", "孙磊", "迟到"],
    ["王强 （ 请假 ）", "王强", "请假"],
    ["张三", "张三", ""],
    ["（空）", "（空）", ""],
    ["欧阳（小）明", "欧阳（小）明", ""],
  ])("name cell %s: name %s, note %s", (cell, name, note) => {
    expect(nameWithoutNote(cell)).toBe(name);
    expect(noteAfterName(cell)).toBe(note);
  });

  it.each([
    ["三", 3],
    ["十二", 12],
    ["二十", 20],
    ["一百零五", 105],
    ["两", 2],
    ["二〇二六", 2026],
  ])("Chinese numeral %s", (text, n) => expect(parseChineseNumeral(text)).toBe(n));

  it.each([
    ["3份", 3],
    ["三份", 3],
    ["３", 3],
    ["若干", null],
  ])("count %s", (text, n) => expect(parseCount(text)).toBe(n));

  it.each([
    ["138 0013 8000", "mobile"],
    ["+86-138-0013-8000", "mobile"],
    ["010-66668888", "landline"],
    ["(0571) 8765 4321", "landline"],
    ["0571-87654321转8001", "landline"],
    ["400-810-8888", "service"],
    ["66668888", null],
    ["1380013800", null],
  ])("phone %s", (text, kind) => expect(readPhone(text).kind).toBe(kind));

  it("matches names across spaces, widths and traditional characters", () => {
    expect(matchKey("張  三")).toBe(matchKey("张三"));
    expect(matchKey("簽到時間")).toBe("签到时间");
    expect(toHalfWidth("１２：３０")).toBe("12:30");
  });

  it("turns every full-width ASCII character and the ideographic space to half width, and nothing else", () => {
    const units = fc.oneof(
      fc.integer({ min: 0xff00, max: 0xff60 }),
      fc.constantFrom(0x3000, 0x3001, 0x20, 0x41, 0x5f20, 0xfee0),
    );
    const texts = fc.array(units, { maxLength: 12 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(texts, (text) => {
        const expected = Array.from(text, (ch) => {
          const unit = ch.charCodeAt(0);
          if (unit === 0x3000) return " ";
          return unit >= 0xff01 && unit <= 0xff5e ? String.fromCharCode(unit - 0xfee0) : ch;
        }).join("");
        expect(toHalfWidth(text)).toBe(expected);
      }),
    );
  });

  it("fixes document numbers to GB/T 9704 form", () => {
    expect(checkDocNumber("市财预[2026]第012号")).toEqual({
      problems: ["brackets", "di", "padding"],
      fixed: "市财预〔2026〕12号",
    });
    expect(checkDocNumber("国办发〔2026〕1号")).toEqual({ problems: [], fixed: "国办发〔2026〕1号" });
  });
});
