/** A character range [start, end) of one paragraph. */
export interface Range {
  start: number;
  end: number;
}

/** Web and mail addresses and HTML entities a web page left: their ASCII marks are not Chinese punctuation. */
const PROTECTED =
  /(?:https?|ftp):\/\/[!-~]+|www\.[\w-]+(?:\.[\w-]+)+[!-~]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|&(?:[a-z]{2,8}|#\d{2,5});/gi;

/** The addresses and entities of a paragraph, in order. */
export function protectedRanges(paragraph: string): Range[] {
  return [...paragraph.matchAll(PROTECTED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

export function inRanges(ranges: readonly Range[], index: number): boolean {
  return ranges.some((r) => index >= r.start && index < r.end);
}
