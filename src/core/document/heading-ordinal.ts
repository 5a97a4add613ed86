import { parseChineseNumeral } from "../text/chinese-numbers";

/** GB/T 9704-2012 7.3.3: 一、（一）1.（1）, levels 1 to 4. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** The ordinal a paragraph starts with, as written and as GB/T 9704 writes it. */
export interface HeadingOrdinal {
  level: HeadingLevel;
  number: number;
  /** Where the ordinal stands in the paragraph (leading spaces excluded). */
  start: number;
  end: number;
  /** As written: `一.`, `(一)、`, `1、`. */
  text: string;
  /** As GB/T 9704 writes it: `一、`, `（一）`, `1.`, `（1）`. */
  standard: string;
  /** `1、`: the standard form at the third level, but some documents use it for a list of their own. */
  enumeration: boolean;
}

const NUMERAL = "[一二三四五六七八九十]{1,3}";
const LEVEL_1 = new RegExp(`^(${NUMERAL})\\s*([、.．，,])(?![\\d一二三四五六七八九十])`);
const LEVEL_2 = new RegExp(`^[（(]\\s*(${NUMERAL})\\s*[)）][、.．，,]?`);
const LEVEL_3 = /^(\d{1,2})\s*([.．、])(?![\d.．])/;
const LEVEL_4 = /^[（(]\s*(\d{1,2})\s*[)）][、.．，,]?/;

export const STANDARD_FORM: Record<HeadingLevel, (n: string) => string> = {
  1: (n) => `${n}、`,
  2: (n) => `（${n}）`,
  3: (n) => `${n}.`,
  4: (n) => `（${n}）`,
};

/** The ordinal a paragraph starts with, or null. */
export function headingOrdinal(paragraph: string): HeadingOrdinal | null {
  const lead = /^[\s\u3000]*/.exec(paragraph)![0].length;
  const rest = paragraph.slice(lead);
  for (const [level, pattern] of [
    [1, LEVEL_1],
    [2, LEVEL_2],
    [3, LEVEL_3],
    [4, LEVEL_4],
  ] as const) {
    const m = pattern.exec(rest);
    if (!m) continue;
    // An ordinal heads something: `一、` alone on a line, or followed by text.
    const digits = m[1];
    const number = level === 1 || level === 2 ? parseChineseNumeral(digits) : Number(digits);
    if (number === null || number < 1) continue;
    let standard = STANDARD_FORM[level](digits);
    // 1．with a full-width point is how many offices type GB/T 9704's 1.: not a fault.
    if (level === 3 && m[2] === "．") standard = m[0];
    return {
      level,
      number,
      start: lead,
      end: lead + m[0].length,
      text: m[0],
      standard,
      enumeration: level === 3 && m[2] === "、",
    };
  }
  return null;
}

/** 1 → 一, 12 → 十二, 21 → 二十一: the numerals of an ordinal. */
export function chineseOrdinal(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones ? digits[ones] : ""}`;
}
