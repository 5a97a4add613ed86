import chineseDays from "chinese-days/dist/chinese-days.json";
import { type LocalDate, addDays, compareDates, isoDate, weekdayOf } from "../text/dates";

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

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workdaysAfter(from: LocalDate, to: LocalDate): WorkdayCount {
    const uncovered = new Set<number>();
    let count = 0;
    for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1)) {
      if (!this.covers(day.year)) uncovered.add(day.year);
      if (this.isWorkday(day)) count++;
    }
    return { count, uncoveredYears: [...uncovered].sort() };
  }
}

/** The sentence a finding adds when a year has no holiday data. */
export function uncoveredYearsNote(years: number[]): string {
  if (years.length === 0) return "";
  return `（${years.join("、")}年节假日数据未收录，按周一至周五计算工作日，可在配置中补充节假日）`;
}
