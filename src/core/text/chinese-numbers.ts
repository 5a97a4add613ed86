const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  o: 0,
  Ｏ: 0,
  "○": 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/**
 * Reads a Chinese numeral, positional (`二〇二六`) or with units (`二十三`, `一百零五`).
 * Returns null when the text is not one.
 */
export function parseChineseNumeral(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  if ([...t].every((ch) => ch in DIGITS)) {
    return Number([...t].map((ch) => DIGITS[ch]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of t) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit === 10000) {
        total += (section + (digit ?? 0)) * unit;
        section = 0;
      } else {
        section += (digit ?? 1) * unit;
      }
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** `3`, `３`, `3份`, `三份`, `十二` → a number; anything else → null. */
export function parseCount(text: string): number | null {
  const t = text
    .replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "")
    .replace(/(份|张|件|页|本|套|个|枚|次|处|联|册|盒)$/, "");
  if (t === "") return null;
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}
