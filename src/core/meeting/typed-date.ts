import { parseChineseNumeral } from "../text/chinese-numbers";
import { WEEKDAY_NAMES, isValidDate, weekdayOf } from "../text/dates";

const pad = (n: number) => String(n).padStart(2, "0");

// 2026-12-03, 2026/12/3, 2026.12.3, 2026年12月3日 (日 or 号, or neither), then an optional weekday; the time after it
// is read by readTime.
const TYPED_DATE = new RegExp(
  [
    "^(\\d{4})\\s*(?:年|[-/.．])\\s*(\\d{1,2})\\s*(?:月|[-/.．])\\s*(\\d{1,2})\\s*[日号]?",
    "\\s*(?:[（(]\\s*(?:星期|周|礼拜)([一二三四五六日天])\\s*[)）])?",
  ].join(""),
);

const PERIOD = "凌晨|早上|上午|中午|下午|晚上";
const CHINESE_HOUR = "十[一二]?|[零〇一二两三四五六七八九]";
const CHINESE_MINUTE = "[零〇一二三四五]?十?[零〇一二三四五六七八九]?";
// 9:00, 09:30, 9时, 9点30分, 下午2:30, 下午两点半, 十点一刻, 14:30.
const TIME = new RegExp(
  `^(${PERIOD})?\\s*(\\d{1,2}|${CHINESE_HOUR})\\s*(?:[:：]\\s*(\\d{2})|[时点]\\s*(?:(半|一刻|三刻|整)|(\\d{1,2}|${CHINESE_MINUTE})\\s*分?)?)$`,
);
const PERIOD_ONLY = new RegExp(`^(?:${PERIOD})$`);

interface Clock {
  hour: number;
  minute: number;
}

const numberOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text.replace(/两/, "二")));

/**
 * A time as a clerk types it, in the 24-hour clock. Without 上午/下午 an hour from 1 to 6 is the afternoon: no
 * meeting starts at 2 at night, and the form shows the time it will write, so the clerk sees the reading.
 */
function readTime(text: string): Clock | "period-only" | "unreadable" | null {
  const t = text.replace(/^T/, "").trim();
  if (t === "") return null;
  if (PERIOD_ONLY.test(t)) return "period-only";
  const m = TIME.exec(t);
  if (!m) return "unreadable";
  const [, period, hourText, colonMinute, word, minuteText] = m;
  let hour = numberOf(hourText);
  const quarter = { 半: 30, 一刻: 15, 三刻: 45, 整: 0 } as Record<string, number>;
  const minute = colonMinute
    ? Number(colonMinute)
    : word
      ? quarter[word]
      : minuteText && minuteText !== ""
        ? numberOf(minuteText)
        : 0;
  if (hour === null || minute === null) return "unreadable";
  if ((period === "下午" || period === "晚上") && hour < 12) hour += 12;
  else if (period === "中午" && hour >= 1 && hour <= 3) hour += 12;
  else if (period === undefined && hour >= 1 && hour <= 6) hour += 12;
  if (hour > 23 || minute > 59) return "unreadable";
  return { hour, minute };
}

interface Reading {
  value: string | null;
  /** What the clerk should change, when the words are close to a date (and time) but not one. */
  problem: string | null;
}

function readTyped(text: string, withTime: boolean): Reading {
  const typed = text.trim().replace(/\s+/g, " ");
  if (typed === "") return { value: null, problem: null };
  const m = TYPED_DATE.exec(typed);
  if (!m) {
    // A time with no date before it (下午两点半, 14:30, 下午): the notice would print it without a day.
    const time = readTime(typed);
    const timeAlone = time !== null && time !== "unreadable";
    return { value: null, problem: timeAlone ? TYPED_PROBLEMS.noDate(typed) : null };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return { value: null, problem: TYPED_PROBLEMS.noSuchDay };
  const weekday = m[4] === "天" ? "日" : m[4];
  // A weekday the date does not fall on: the words are kept, and the checks say which weekday it is.
  if (weekday && WEEKDAY_NAMES[weekdayOf({ year, month, day })] !== weekday) return { value: null, problem: null };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const rest = typed.slice(m[0].length).trim();
  const time = readTime(rest);
  if (time === null) return { value: date, problem: null };
  if (!withTime) return { value: null, problem: TYPED_PROBLEMS.dateOnly };
  if (time === "period-only") return { value: null, problem: TYPED_PROBLEMS.periodOnly(rest) };
  if (time === "unreadable") return { value: null, problem: TYPED_PROBLEMS.unreadable(rest) };
  return { value: `${date}T${pad(time.hour)}:${pad(time.minute)}`, problem: null };
}

/** What the form says of words it cannot take as a date (and time). */
export const TYPED_PROBLEMS = {
  noDate: (time: string) => `“${time}”只有时间，没有日期：请写明年月日，如 2026年12月3日 下午2:30`,
  noSuchDay: "没有这一天，请核对年月日",
  dateOnly: "这里只写日期，不写时间",
  periodOnly: (period: string) => `只写了“${period}”，没写几点：请写明，如 ${period}2:30`,
  unreadable: (time: string) => `看不懂时间“${time}”：请写成 14:30 或 下午2:30`,
};

/**
 * What a clerk typed into a date field, as the ISO value the form keeps (`2026-12-03` or `2026-12-03T14:30`),
 * whatever the browser's locale; null when it is not one whole date, or names a weekday the date does not
 * fall on, so the form keeps the words and the checks can say what is wrong with them.
 */
export function typedDate(text: string, withTime: boolean): string | null {
  return readTyped(text, withTime).value;
}

/**
 * Why the words typed cannot be written as a date: a time with no day (下午两点半), a period with no hour
 * (2026年12月3日下午), a time the form cannot read. Null when they are a date, or something the checks judge
 * (no year, a relative day, a weekday the date does not fall on).
 */
export function typedDateProblem(text: string, withTime: boolean): string | null {
  return readTyped(text, withTime).problem;
}

/**
 * The form's ISO value as a clerk would type it: `2026-12-03T09:00` → `2026年12月3日 9:00`. An hour before 7
 * says 凌晨, since a bare 2:30 reads as the afternoon.
 */
export function dateForTyping(value: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value ?? "");
  if (!m) return value ?? "";
  const date = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  if (m[4] === undefined) return date;
  const hour = Number(m[4]);
  return `${date} ${hour <= 6 ? "凌晨" : ""}${hour}:${m[5]}`;
}
