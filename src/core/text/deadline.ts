import { type CellValue, cellText } from "../table/grid";
import { readDateTimeCell } from "../table/typed-cells";
import { type LocalDate, daysInMonth } from "./dates";
import { toHalfWidth } from "./width";

/** What a 完成时限 says: a day (the last day it allows), or words that set no day (尽快, 长期, 持续推进). */
export type DeadlineReading = { date: LocalDate; text: string } | { vague: string } | null;

const QUARTER_END = [3, 6, 9, 12];
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const TENS: Record<string, number> = { 上旬: 10, 中旬: 20 };

// 2026年12月底, 12月底前, 12月末, 12月中旬, 2027年6月, 年底前, 年内, 第三季度, 三季度末, 2026年底.
const MONTH_PART =
  /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(底|末|上旬|中旬|下旬|份|)\s*(?:前|之前|以前|内)?(?:完成|办结)?$/;
const YEAR_END = /^(?:(\d{4})\s*年\s*)?(?:本年|年|年度)?(?:底|末|内)(?:前|之前)?(?:完成|办结)?$/;
const QUARTER = /^(?:(\d{4})\s*年\s*)?第?([一二三四1-4])\s*季度\s*(?:末|底|内)?\s*(?:前|之前)?(?:完成|办结)?$/;

/**
 * Reads a 完成时限 cell: a date cell or dated text (`2026年12月31日前`), a part of a month or year
 * (`12月底`, `下旬`, `年内`, `三季度`) as its last day, or null when empty. `defaultYear` dates what is
 * written without a year. Anything else is vague: a deadline no one can be held to.
 */
export function readDeadline(value: CellValue, defaultYear?: number): DeadlineReading {
  const raw = cellText(value).trim();
  if (raw === "") return null;
  const text = toHalfWidth(raw).replace(/\s+/g, "");
  const exact = readDateTimeCell(
    typeof value === "number" ? value : text.replace(/(?:之|以)?前(?:完成|办结)?$|内$/, ""),
    defaultYear,
  );
  if (exact.ok && exact.value.date) return { date: exact.value.date, text: raw };
  const month = MONTH_PART.exec(text);
  if (month) {
    const year = month[1] ? Number(month[1]) : defaultYear;
    const m = Number(month[2]);
    if (year === undefined || m < 1 || m > 12) return { vague: raw };
    const day = TENS[month[3]] ?? daysInMonth(year, m);
    return { date: { year, month: m, day }, text: raw };
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) {
    const year = yearEnd[1] ? Number(yearEnd[1]) : defaultYear;
    return year === undefined ? { vague: raw } : { date: { year, month: 12, day: 31 }, text: raw };
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const year = quarter[1] ? Number(quarter[1]) : defaultYear;
    const q = CHINESE_DIGITS[quarter[2]] ?? Number(quarter[2]);
    const m = QUARTER_END[q - 1];
    return year === undefined ? { vague: raw } : { date: { year, month: m, day: daysInMonth(year, m) }, text: raw };
  }
  return { vague: raw };
}
