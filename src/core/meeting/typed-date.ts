import { WEEKDAY_NAMES, isValidDate, weekdayOf } from "../text/dates";

const pad = (n: number) => String(n).padStart(2, "0");

// 2026-12-03, 2026/12/3, 2026.12.3, 2026年12月3日 (日 optional), then an optional weekday and time:
// 9:00, 09:30, 9时, 9点30分, 下午2:30, T14:30.
const TYPED = new RegExp(
  [
    "^(\\d{4})\\s*(?:年|[-/.．])\\s*(\\d{1,2})\\s*(?:月|[-/.．])\\s*(\\d{1,2})\\s*日?",
    "\\s*(?:[（(]\\s*(?:星期|周|礼拜)([一二三四五六日天])\\s*[)）])?",
    "(?:\\s*T?\\s*(上午|中午|下午|晚上)?\\s*(\\d{1,2})\\s*(?:[:：]\\s*(\\d{2})|[时点]\\s*(?:(\\d{1,2})\\s*分|(半))?))?",
    "\\s*$",
  ].join(""),
);

/**
 * What a clerk typed into a date field, as the ISO value the form keeps (`2026-12-03` or `2026-12-03T14:30`),
 * whatever the browser's locale; null when it is not one whole date, or names a weekday the date does not
 * fall on, so the form keeps the words and the checks can say what is wrong with them.
 */
export function typedDate(text: string, withTime: boolean): string | null {
  const m = TYPED.exec(text.trim().replace(/\s+/g, " "));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  const weekday = m[4] === "天" ? "日" : m[4];
  if (weekday && WEEKDAY_NAMES[weekdayOf({ year, month, day })] !== weekday) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[6] === undefined) return date;
  if (!withTime) return null;
  let hour = Number(m[6]);
  const minute = m[9] ? 30 : Number(m[7] ?? m[8] ?? 0);
  if ((m[5] === "下午" || m[5] === "晚上") && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}

/** The form's ISO value as a clerk would type it: `2026-12-03T09:00` → `2026年12月3日 9:00`. */
export function dateForTyping(value: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value ?? "");
  if (!m) return value ?? "";
  const date = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return m[4] === undefined ? date : `${date} ${Number(m[4])}:${m[5]}`;
}
