import chineseDays from "chinese-days/dist/chinese-days.json";
import { type LocalDate, dayNumber, fromDayNumber, isoDate, weekdayOf } from "../text/dates";

export interface CalendarOptions {
  /** Extra days off the user adds (`2027-01-01`), e.g. for a year the data does not cover. */
  holidays?: string[];
  /** Extra working days the user adds (调休 days of a year the data does not cover). */
  workdays?: string[];
}

export interface WorkdayCount {
  count: number;
  /** Years the holiday data does not cover, counted Monday–Friday. */
  uncoveredYears: number[];
}

const DATA = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
const COVERED_YEARS = new Set(Object.keys(DATA.holidays).map((day) => Number(day.slice(0, 4))));

/** China's working days: weekends off, official holidays off, 调休 weekend days on. */
export class WorkCalendar {
  private readonly extraHolidays: Set<string>;
  private readonly extraWorkdays: Set<string>;

  constructor(options: CalendarOptions = {}) {
    this.extraHolidays = new Set(options.holidays ?? []);
    this.extraWorkdays = new Set(options.workdays ?? []);
  }

  covers(year: number): boolean {
    return COVERED_YEARS.has(year);
  }

  isWorkday(date: LocalDate): boolean {
    const key = isoDate(date);
    if (this.extraHolidays.has(key)) return false;
    if (this.extraWorkdays.has(key)) return true;
    if (key in DATA.workdays) return true;
    if (key in DATA.holidays) return false;
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  }

  /** The name of the holiday on that date (元旦, 春节 …), if it is one. */
  holidayName(date: LocalDate): string | null {
    const entry = DATA.holidays[isoDate(date)];
    return entry ? (entry.split(",")[1] ?? null) : null;
  }

  /**
   * Working days after `from` up to and including `to` (0 when `to` is not after `from`), in time that does not
   * grow with the span: Monday–Friday counted by arithmetic, then each listed holiday and 调休 day in the span
   * corrects it (a register dated 1000-01-01 against a meeting in 9999 is answered at once).
   */
  workdaysAfter(from: LocalDate, to: LocalDate): WorkdayCount {
    const first = dayNumber(from) + 1;
    const last = dayNumber(to);
    if (last < first) return { count: 0, uncoveredYears: [] };
    let count = weekdaysBetween(first, last);
    for (const n of this.specialDays()) {
      if (n < first || n > last) continue;
      const date = fromDayNumber(n);
      count += (this.isWorkday(date) ? 1 : 0) - (isWeekday(n) ? 1 : 0);
    }
    const uncoveredYears: number[] = [];
    for (let year = from.year; year <= to.year; year++) if (!this.covers(year)) uncoveredYears.push(year);
    return { count, uncoveredYears };
  }

  private special: number[] | null = null;

  /** The days whose status is not simply their weekday's: listed holidays and 调休 days, and the user's. */
  private specialDays(): number[] {
    this.special ??= [
      ...new Set([
        ...Object.keys(DATA.holidays),
        ...Object.keys(DATA.workdays),
        ...this.extraHolidays,
        ...this.extraWorkdays,
      ]),
    ]
      .map((key) => /^(\d{4})-(\d{2})-(\d{2})$/.exec(key))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => dayNumber({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }));
    return this.special;
  }
}

/** 1970-01-01, day 0, was a Thursday. */
const isWeekday = (n: number) => {
  const weekday = (((n + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
};

/** Monday–Friday days from day `first` to day `last`, both included. */
function weekdaysBetween(first: number, last: number): number {
  const total = last - first + 1;
  const weeks = Math.floor(total / 7);
  let count = weeks * 5;
  for (let n = first + weeks * 7; n <= last; n++) if (isWeekday(n)) count++;
  return count;
}

/** The sentence a finding adds when a year has no holiday data. */
export function uncoveredYearsNote(years: number[]): string {
  if (years.length === 0) return "";
  const named = years.length > 6 ? `${years[0]}—${years[years.length - 1]} 中 ${years.length} 个` : years.join("、");
  return `（${named}年节假日数据未收录，按周一至周五计算工作日，可在配置中补充节假日）`;
}
