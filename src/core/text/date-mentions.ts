import { parseChineseNumeral } from "./chinese-numbers";
import { type LocalDate, type LocalTime, WEEKDAY_NAMES, isValidDate } from "./dates";

/** A date written in running text: `2026年12月3日（星期四）上午9:00`, `12月3日`, `二〇二六年十一月二十日`. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number;
  /** `7月28-29日`, `5月22、23日`: the last day of the meeting's days, written in the same mention. */
  lastDay?: number;
  /** 0–6 when a weekday is written next to the date. */
  weekday: number | null;
  weekdayText: string | null;
  time: LocalTime | null;
  /** Chinese numerals (`二〇二六年…`) rather than Arabic. */
  chineseNumerals: boolean;
  /** Zero-padded month or day (`2026年03月05日`). */
  padded: boolean;
}

const NUM = "\\d{1,4}|[〇零○一二三四五六七八九十]{1,4}";
/** `7月28-29日`, `5月22、23日`: the later days of a meeting over several, its first day being the date. */
const DAYS_AFTER = "(?:\\s*(?:[-—–~～、]|至|到)\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})){0,3}";
const LAST_DAY = /(\d{1,2}|[一二三四五六七八九十]{1,3})$/;
const DATE = new RegExp(
  `(?:(\\d{4}|[〇零○OＯ0一二三四五六七八九]{4}|(?:中华)?民国\\s*\\d{2,3}|(?<![\\d.])1[01]\\d(?=\\s*年\\s*\\d{1,2}\\s*月))\\s*年\\s*)?(${NUM}|元)\\s*月\\s*(${NUM})(${DAYS_AFTER})\\s*[日号]` +
    `(?:\\s*[（(]\\s*(?:星期|周|礼拜)?([一二三四五六日天])\\s*[)）]|\\s*[，,]?\\s*(?:星期|周|礼拜)([一二三四五六日天]))?` +
    `(?:\\s*[，,]?\\s*(凌晨|早上|上午|中午|下午|晚上)?\\s*(\\d{1,2})\\s*(?:[:：]\\s*(\\d{2})|[时点]\\s*(?:(\\d{1,2})\\s*分?|(半))?))?`,
  "g",
);
/** `2014-04-10`, `2014.04.10.`, `2023/12/15`: a date as a page or a form writes it. */
const ISO_DATE = /(?<![\d.])((?:19|20)\d{2})([-./．])(\d{1,2})\2(\d{1,2})(?![\d])/g;

function numeral(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? NaN);
}

/** A written year: `2026`, `二〇二六`, `二0一一`, or a 民國 year (`民國112`, `112` before a month) as 2023. */
function yearOf(text: string): number {
  const minguo = /^(?:中华)?民国\s*(\d{2,3})$|^(1[01]\d)$/.exec(text);
  if (minguo) return Number(minguo[1] ?? minguo[2]) + 1911;
  return /^\d+$/.test(text) ? Number(text) : numeral(text.replace(/0/g, "〇"));
}

export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const [whole, y, mo, d, later, wd1, wd2, period, hour, minute, minute2, half] = m;
    const year = y ? yearOf(y) : null;
    // 元月 is January, as 机关 still write it for the new year's first meetings.
    const month = mo === "元" ? 1 : numeral(mo);
    const day = numeral(d);
    if (!Number.isFinite(month) || !Number.isFinite(day)) continue;
    const wd = wd1 ?? wd2 ?? null;
    let time: LocalTime | null = null;
    if (hour !== undefined) {
      let h = Number(hour);
      if (period && /下午|晚上/.test(period) && h < 12) h += 12;
      if (period === "中午" && h < 11) h += 12;
      time = { hour: h, minute: minute ? Number(minute) : minute2 ? Number(minute2) : half ? 30 : 0 };
    }
    mentions.push({
      start: m.index!,
      end: m.index! + whole.length,
      text: whole,
      year: year !== null && Number.isFinite(year) ? year : null,
      month,
      day,
      ...(later ? { lastDay: numeral(LAST_DAY.exec(later)![1]) } : {}),
      weekday: wd ? (wd === "天" ? 0 : WEEKDAY_NAMES.indexOf(wd)) : null,
      weekdayText: wd,
      time,
      chineseNumerals: /[〇零○OＯ一二三四五六七八九十]/.test(`${y ?? ""}${mo}${d}`),
      padded: /^0\d/.test(mo) || /^0\d/.test(d),
    });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (mentions.some((x) => m.index! >= x.start && m.index! < x.end)) continue;
    if (!isValidDate(Number(m[1]), Number(m[3]), Number(m[4]))) continue;
    mentions.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      year: Number(m[1]),
      month: Number(m[3]),
      day: Number(m[4]),
      weekday: null,
      weekdayText: null,
      time: null,
      chineseNumerals: false,
      padded: false,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The date a mention names, with the year supplied when it is not written; null when impossible. */
export function mentionDate(mention: DateMention, defaultYear?: number): LocalDate | null {
  const year = mention.year ?? defaultYear;
  if (year === undefined || !isValidDate(year, mention.month, mention.day)) return null;
  return { year, month: mention.month, day: mention.day };
}

/** Words that name a day relative to when the text is read: 明天, 下周三, 昨日, 本月21日 … */
export const RELATIVE_DATE =
  /(?:今年|明年|去年)(?=\d{1,2}月|[一二三四五六七八九十]{1,2}月)|今天|明天|后天|大后天|今日|明日|今晚|明晚|昨天|昨日|前天|昨晚|[今昨明][（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]日|(?:本|上|下)月(?=\d{1,2}日|[一二三四五六七八九十]{1,3}日)|(?:本|这|下|下下)(?:周|星期|礼拜)[一二三四五六日天]|(?:本|这|下)(?:周末|个月)|(?<=[于在至到])(?:本|下)(?:周|星期)内?(?![一二三四五六日天末])/g;

export function findRelativeDates(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(RELATIVE_DATE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}
