import type { Edit } from "./paragraph-edits";

/** A correction of how a number is written, with what it corrects (`“二0二六年”应为“2026年”`). */
export interface NumberEdit extends Edit {
  what: string;
}

const ARABIC: Record<string, string> = {
  〇: "0",
  "○": "0",
  零: "0",
  O: "0",
  o: "0",
  Ｏ: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
const halfWidth = (text: string) =>
  text.replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
const toArabic = (text: string) => halfWidth([...text].map((ch) => ARABIC[ch] ?? ch).join(""));

/** `二0二六年`, `2O26年`: four year digits, some Arabic, some Chinese numerals or a letter O. */
const MIXED_YEAR = /(?<![\d０-９〇○零一二三四五六七八九十OoＯ])[\d０-９〇○零一二三四五六七八九OoＯ]{4}(?=年)/g;
/** Hyphens, en dashes and minus signs: not the 一字线 of a range of dates (GB/T 15834-2011 4.13.3.2). */
const HYPHEN = "[-－‐‑–−]";
/** `12月3日-5日`, `12月3-5日`: a range of days within a month. */
const DAY_RANGE = new RegExp(`(\\d{1,2})月(\\d{1,2})日?\\s*${HYPHEN}\\s*(\\d{1,2})日`, "g");
/** `12月30日-1月2日`: a range across months, which keeps both days' 日. */
const CROSS_MONTH = new RegExp(`(\\d{1,2}月\\d{1,2}日\\s*)(${HYPHEN})(?=\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)`, "g");
/** `2021-2030年`, `2021年-2030年`. */
const YEAR_RANGE = new RegExp(`((?:19|20)\\d{2})年?\\s*${HYPHEN}\\s*((?:19|20)\\d{2})年`, "g");

/**
 * The numbers of a paragraph written against GB/T 15835-2011 and GB/T 15834-2011: a year mixing Arabic digits
 * with Chinese numerals or a letter O, full-width digits, and a range of days or years joined by a hyphen.
 */
export function numberEdits(paragraph: string): NumberEdit[] {
  const edits: NumberEdit[] = [];
  const taken = (start: number, end: number) => edits.some((e) => start < e.end && e.start < end);
  const add = (start: number, before: string, after: string, what: string) => {
    if (!taken(start, start + before.length)) edits.push({ start, end: start + before.length, after, what });
  };
  for (const m of paragraph.matchAll(MIXED_YEAR)) {
    const arabic = /[\d０-９]/.test(m[0]);
    const other = /[〇○零一二三四五六七八九OoＯ]/.test(m[0]);
    if (!arabic || !other) continue;
    const fixed = toArabic(m[0]);
    add(m.index!, m[0], fixed, `年份“${m[0]}年”数字混写，应为“${fixed}年”`);
  }
  for (const m of paragraph.matchAll(YEAR_RANGE)) {
    if (Number(m[2]) <= Number(m[1])) continue;
    const fixed = `${m[1]}—${m[2]}年`;
    add(m.index!, m[0], fixed, `“${m[0]}”应为“${fixed}”`);
  }
  for (const m of paragraph.matchAll(CROSS_MONTH)) {
    add(m.index! + m[1].length, m[2], "—", `日期起止“${m[1].trim()}${m[2]}…”的连接号应为“—”`);
  }
  for (const m of paragraph.matchAll(DAY_RANGE)) {
    if (Number(m[3]) <= Number(m[2])) continue;
    const fixed = `${m[1]}月${m[2]}—${m[3]}日`;
    add(m.index!, m[0], fixed, `“${m[0]}”应为“${fixed}”`);
  }
  for (const m of paragraph.matchAll(/[\uff10-\uff19]+/g)) {
    add(m.index!, m[0], halfWidth(m[0]), `全角数字“${m[0]}”应为“${halfWidth(m[0])}”`);
  }
  return edits.sort((a, b) => a.start - b.start);
}
