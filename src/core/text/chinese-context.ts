/** A Han character (CJK unified ideographs, extension A, compatibility). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/.test(ch);
}

/**
 * A character that only Chinese text has: a Han character, a full-width mark (，。：；、“”《》（）…) or a
 * full-width letter or digit. Half-width marks next to one of these belong to the Chinese text.
 */
export function isChineseContext(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return isHan(ch) || /^[\u2014\u2018\u2019\u201c\u201d\u2026\u3001-\u303f\uff01-\uff5e]$/.test(ch);
}

/** The nearest character before `index` that is not an ASCII space or tab; undefined at the start. */
export function charBefore(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i >= 0 ? text[i] : undefined;
}

/** The nearest character after `index` that is not an ASCII space or tab; undefined at the end. */
export function charAfter(text: string, index: number): string | undefined {
  let i = index + 1;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i < text.length ? text[i] : undefined;
}
