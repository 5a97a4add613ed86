import { parseChineseNumeral } from "./chinese-numbers";
import { toHalfWidth } from "./width";

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}
export interface LocalTime {
  hour: number;
  minute: number;
}
export interface DateTime {
  date: LocalDate | null;
  time: LocalTime | null;
}

export const WEEKDAY_NAMES = ["日", "一", "二", "三", "四", "五", "六"];

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function dayNumber(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

export function fromDayNumber(n: number): LocalDate {
  if (!Number.isSafeInteger(n) || Math.abs(n) > 100_000_000) {
    const d = new Date(n * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  // The proleptic Gregorian calendar by arithmetic (H. Hinnant's civil_from_days), as Date counts it, without a
  // Date object per call: a sign-in column of Excel serials reads tens of thousands of them.
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // months from March
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Minutes since 1970 for ordering; a missing time counts as the start of the day. */
export function dateTimeOrdinal(date: LocalDate, time: LocalTime | null): number {
  return dayNumber(date) * 1440 + (time ? time.hour * 60 + time.minute : 0);
}

export function isoDate(date: LocalDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function isoDateTime(dt: { date: LocalDate; time: LocalTime | null }): string {
  return dt.time ? `${isoDate(dt.date)}T${formatTime(dt.time)}` : isoDate(dt.date);
}

/** GB/T 9704 form: Arabic numerals, full year, no padding — 2026年12月3日. */
export function chineseDate(date: LocalDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

export function formatTime(time: LocalTime): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`;
}

export function chineseDateTime(date: LocalDate, time: LocalTime | null): string {
  return time ? `${chineseDate(date)} ${formatTime(time)}` : chineseDate(date);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Excel serial (1900 date system) to date and time. Serial 60 is Excel's phantom 29 February 1900;
 * a serial below 1 is a time of day alone.
 */
export function fromExcelSerial(serial: number): DateTime | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return null;
  let whole = Math.floor(serial);
  const fraction = serial - whole;
  const totalMinutes = Math.round(fraction * 1440);
  const carry = totalMinutes >= 1440 ? 1 : 0;
  const minutes = totalMinutes % 1440;
  whole += carry;
  const time = fraction > 0 || carry ? { hour: Math.floor(minutes / 60), minute: minutes % 60 } : null;
  if (whole === 0) return { date: null, time: time ?? { hour: 0, minute: 0 } };
  if (whole === 60) return null;
  const offset = whole < 60 ? whole + 1 : whole;
  const date = fromDayNumber(Date.UTC(1899, 11, 30) / 86_400_000 + offset);
  return { date, time };
}

export type DateTimeReading = { ok: true; value: DateTime } | { ok: false; reason: "unreadable" | "impossible" };

const NUMERIC_DATE = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*[日号]?/;
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/;
/** `11/28`, or `11.28 16:00` / `11-28 16:00` with a time after it (`9.15` alone may be a time, 9:15). */
const NUMERIC_MONTH_DAY = /^(\d{1,2})\s*([./-])\s*(\d{1,2})(?![\d./-])/;
const CHINESE_DATE =
  /([〇零○OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/;
const WEEKDAY_MARK = /[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?|[（(][一二三四五六日][)）]/;
const TIME =
  /(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{1,2})(?:\s*[:：]\s*(\d{1,2}(?:\.\d+)?))?|[时点]\s*(?:(\d{1,2})\s*分?|(半))?)/;

/** Reads the date and time a person typed, as a whole: leftover text makes it unreadable. */
export function parseDateTimeText(input: string, defaultYear?: number): DateTimeReading {
  let text = toHalfWidth(input).trim();
  if (text === "") return { ok: false, reason: "unreadable" };
  let date: LocalDate | null = null;
  let time: LocalTime | null = null;

  const dateMatch = NUMERIC_DATE.exec(text) ?? CHINESE_DATE.exec(text);
  if (dateMatch) {
    const [y, m, d] = dateMatch.slice(1, 4).map((part) => numberOf(part));
    if (!isValidDate(y, m, d)) return { ok: false, reason: "impossible" };
    date = { year: y, month: m, day: d };
    text = cut(text, dateMatch);
  } else {
    const monthDay = MONTH_DAY.exec(text) ?? numericMonthDay(text);
    if (monthDay) {
      const m = Number(monthDay[1]);
      const d = Number(monthDay.at(-1));
      if (defaultYear === undefined) return { ok: false, reason: "unreadable" };
      if (!isValidDate(defaultYear, m, d)) return { ok: false, reason: "impossible" };
      date = { year: defaultYear, month: m, day: d };
      text = cut(text, monthDay);
    }
  }
  const weekday = WEEKDAY_MARK.exec(text);
  if (weekday) text = cut(text, weekday);

  const timeMatch = TIME.exec(text);
  if (timeMatch) {
    const reading = readTime(timeMatch);
    if (!reading) return { ok: false, reason: "impossible" };
    time = reading;
    text = cut(text, timeMatch);
  }
  if (!date && !time) return { ok: false, reason: "unreadable" };
  if (text.replace(/[\sT,，、]/g, "") !== "") return { ok: false, reason: "unreadable" };
  return { ok: true, value: { date, time } };
}

function numericMonthDay(text: string): RegExpExecArray | null {
  const match = NUMERIC_MONTH_DAY.exec(text);
  if (!match || (match[2] !== "/" && !TIME.test(text.slice(match[0].length)))) return null;
  return match;
}

function readTime(match: RegExpExecArray): LocalTime | null {
  const period = match[1];
  let hour = Number(match[2]);
  const minute =
    match[3] !== undefined ? Number(match[3]) : match[5] !== undefined ? Number(match[5]) : match[6] ? 30 : 0;
  if (period && /下午|傍晚|晚/.test(period) && hour < 12) hour += 12;
  if (period === "中午" && hour < 11) hour += 12;
  if (period === "凌晨" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function numberOf(part: string): number {
  return /^\d+$/.test(part) ? Number(part) : (parseChineseNumeral(part) ?? NaN);
}

function cut(text: string, match: RegExpExecArray): string {
  return text.slice(0, match.index) + " " + text.slice(match.index + match[0].length);
}

/** The calendar day of a JavaScript Date in the machine's own time zone: the hosts' "today". */
export function localDateOf(moment: Date): LocalDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}
