import { type DateTimeReading, formatTime, fromExcelSerial, isoDate, parseDateTimeText } from "../text/dates";
import { matchKey } from "../text/normalize";
import { firstCharsOfWords, keyMayBeginWith } from "../text/word-starts";
import { type CellValue, cellText } from "./grid";

/** A date or time cell: an Excel serial (date, date-time or time alone) or typed text. */
export function readDateTimeCell(value: CellValue, defaultYear?: number): DateTimeReading {
  if (typeof value === "number") {
    const dt = fromExcelSerial(value);
    return dt ? { ok: true, value: dt } : { ok: false, reason: "unreadable" };
  }
  const text = cellText(value).trim();
  let readings = TEXT_READINGS.get(defaultYear);
  if (!readings) TEXT_READINGS.set(defaultYear, (readings = new Map()));
  let reading = readings.get(text);
  if (!reading) {
    reading = readDateTimeText(text, defaultYear);
    if (readings.size >= TEXT_READINGS_LIMIT) readings.clear();
    readings.set(text, reading);
  }
  return reading;
}

/** Readings of date-time texts by default year: a sign-in column repeats the same few minutes thousands of times. */
const TEXT_READINGS = new Map<number | undefined, Map<string, DateTimeReading>>();
const TEXT_READINGS_LIMIT = 50_000;

function readDateTimeText(text: string, defaultYear?: number): DateTimeReading {
  if (/^\d+(\.\d+)?$/.test(text) && Number(text) > 20000 && Number(text) < 80000) {
    const dt = fromExcelSerial(Number(text));
    if (dt) return { ok: true, value: dt };
  }
  return parseDateTimeText(text, defaultYear);
}

const SIGNED_MARKS = /^(√|✓|✔|☑|已签|已签到|已到|到|是|y|yes|ok)$/i;

/** A 签到 cell that holds a mark instead of a time: the person signed, the time is unknown. */
export function isSignedMark(value: CellValue): boolean {
  if (value === null || typeof value === "number") return false;
  const text = cellText(value);
  // A time (8:42, 上午8时) or a name, read for every row: its first character already rules a mark out.
  return keyMayBeginWith(text, SIGNED_MARK_FIRSTS) && SIGNED_MARKS.test(matchKey(text));
}

const SIGNED_MARK_FIRSTS = firstCharsOfWords([SIGNED_MARKS]);

const YES = /^(是|√|✓|✔|y|yes|请假|已请假|假)$/i;

/** 请假 column values that mean "on leave". */
export function meansYes(value: CellValue): boolean {
  return YES.test(matchKey(cellText(value)));
}

/** A cell as a person reads it: a date-time serial (46359.6) shows as `2026-12-03 14:30`. */
export function readableCellText(value: CellValue): string {
  if (typeof value === "number" && value > 20000 && value < 80000) {
    const dt = fromExcelSerial(value);
    if (dt?.date) return dt.time ? `${isoDate(dt.date)} ${formatTime(dt.time)}` : isoDate(dt.date);
  }
  return cellText(value);
}
