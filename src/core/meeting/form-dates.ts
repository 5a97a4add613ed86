import { WEEKDAY_NAMES, isValidDate, weekdayOf } from "../text/dates";

const ISO_DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2}))?$/;

function periodOf(hour: number): string {
  return hour < 6 ? "凌晨" : hour < 12 ? "上午" : hour < 13 ? "中午" : hour < 19 ? "下午" : "晚上";
}

function clock(hour: number, minute: string): string {
  return `${hour > 12 ? hour - 12 : hour}:${minute}`;
}

/**
 * A form's date as a notice writes it: `2026-12-03T09:00` → `2026年12月3日（星期四）上午9:00`.
 * Anything that is not ISO is kept as the user typed it, so the checks see what they wrote.
 */
export function writtenDateTime(value: string | undefined, withWeekday = true): string {
  const text = (value ?? "").trim();
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return text;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return text;
  const weekday = withWeekday ? `（星期${WEEKDAY_NAMES[weekdayOf({ year, month, day })]}）` : "";
  const time = m[4] === undefined ? "" : `${periodOf(Number(m[4]))}${clock(Number(m[4]), m[5])}`;
  return `${year}年${month}月${day}日${weekday}${time}`;
}

/** The end after 至: the time alone when the meeting ends the day it starts (`下午2:30至5:30`). */
export function writtenEnd(start: string | undefined, end: string): string {
  const s = ISO_DATE_TIME.exec((start ?? "").trim());
  const e = ISO_DATE_TIME.exec(end.trim());
  const sameDay =
    s && e && Number(s[1]) === Number(e[1]) && Number(s[2]) === Number(e[2]) && Number(s[3]) === Number(e[3]);
  if (!sameDay || s[4] === undefined || e[4] === undefined) return writtenDateTime(end);
  const period = periodOf(Number(e[4]));
  return `${period === periodOf(Number(s[4])) ? "" : period}${clock(Number(e[4]), e[5])}`;
}

/** 成文日期: Arabic numerals, full year, no padding, no weekday. */
export function writtenDate(value: string | undefined): string {
  return writtenDateTime(value?.replace(/[T\s].*$/, ""), false);
}
