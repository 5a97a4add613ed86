import { WEEKDAY_NAMES, isValidDate, weekdayOf } from "../text/dates";

/**
 * A form's date as a notice writes it: `2026-12-03T09:00` → `2026年12月3日（星期四）上午9:00`.
 * Anything that is not ISO is kept as the user typed it, so the checks see what they wrote.
 */
export function writtenDateTime(value: string | undefined, withWeekday = true): string {
  const text = (value ?? "").trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2}))?$/.exec(text);
  if (!m) return text;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return text;
  const weekday = withWeekday ? `（星期${WEEKDAY_NAMES[weekdayOf({ year, month, day })]}）` : "";
  let time = "";
  if (m[4] !== undefined) {
    const hour = Number(m[4]);
    const period = hour < 12 ? "上午" : hour < 13 ? "中午" : hour < 19 ? "下午" : "晚上";
    time = `${period}${hour > 12 ? hour - 12 : hour}:${m[5]}`;
  }
  return `${year}年${month}月${day}日${weekday}${time}`;
}

/** 成文日期: Arabic numerals, full year, no padding, no weekday. */
export function writtenDate(value: string | undefined): string {
  return writtenDateTime(value?.replace(/[T\s].*$/, ""), false);
}
