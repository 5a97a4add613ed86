import { charAfter, charBefore, isChineseContext, isHan } from "./chinese-context";
import type { Edit } from "./paragraph-edits";
import { type Range, inRanges } from "./protected-ranges";

/** A correction of punctuation, with what it corrects (`半角“,”`, `“。。”重复`, `“...”`). */
export interface PunctuationEdit extends Edit {
  what: string;
}

const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）" };

/**
 * The half-width `, : ; ? !` and `( )` of a paragraph's Chinese text, its doubled marks and its `...` for `……`
 * (GB/T 15834-2011). `skip` are ranges left alone: addresses, entities, the heading's ordinal.
 */
export function punctuationEdits(paragraph: string, skip: readonly Range[]): PunctuationEdit[] {
  const edits: PunctuationEdit[] = [];
  const free = (i: number) => !inRanges(skip, i);
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (!",:;?!".includes(ch) || !free(i)) continue;
    if (halfWidthInChinese(paragraph, i)) edits.push(widen(paragraph, i));
  }
  edits.push(...parenthesisEdits(paragraph, free));
  for (const m of paragraph.matchAll(/\.{3,}|。{3,}|([，。、；：])\1+/g)) {
    if (!free(m.index!)) continue;
    const end = m.index! + m[0].length;
    if (m[1] === undefined) {
      // `...` only after Chinese text (`等事项...`): an English quotation keeps its own.
      const before = charBefore(paragraph, m.index!);
      if (
        m[0][0] === "." &&
        !(isChineseContext(before) || (before === undefined && isHan(charAfter(paragraph, end - 1))))
      )
        continue;
      edits.push({ start: m.index!, end, after: "……", what: `“${m[0]}”应为“……”` });
    } else edits.push({ start: m.index!, end, after: m[1], what: `“${m[0]}”重复` });
  }
  return edits;
}

/** A half-width mark with Chinese text on one side at least, not between two ASCII characters. */
function halfWidthInChinese(text: string, i: number): boolean {
  const before = charBefore(text, i);
  const after = charAfter(text, i);
  const ch = text[i];
  if (ch === "?" || ch === "!") {
    // `张?华`, `会议?,现`: a web page's `?` for a character it could not show, not a question. A question
    // ends its sentence: the paragraph, a space or a closing quotation mark follows.
    const next = text[i + 1];
    return isHan(text[i - 1]) && (next === undefined || /^[\s\u3000”’）)》】]$/.test(next));
  }
  return isChineseContext(before) || isChineseContext(after);
}

/** The mark made full width, and the spaces an English habit put between it and the Chinese text dropped. */
function widen(text: string, i: number): PunctuationEdit {
  let start = i;
  let end = i + 1;
  while (start > 0 && text[start - 1] === " " && isChineseContext(charBefore(text, start - 1))) start--;
  while (end < text.length && text[end] === " " && isChineseContext(charAfter(text, end))) end++;
  return { start, end, after: FULL[text[i]], what: `半角“${text[i]}”` };
}

/**
 * Half-width parentheses of Chinese text: a pair round Chinese words, a pair with one full-width half, or a
 * list number `(1)` inside a Chinese sentence. `(Office)`, `(0571)` and a 文号's `(2026)` stay.
 */
function parenthesisEdits(text: string, free: (i: number) => boolean): PunctuationEdit[] {
  const edits: PunctuationEdit[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "（") {
      open.push(i);
      continue;
    }
    if ((ch !== ")" && ch !== "）") || open.length === 0) continue;
    const start = open.pop()!;
    if (text[start] === "（" && ch === "）") continue;
    if (!free(start) || !free(i)) continue;
    const content = text.slice(start + 1, i);
    const mixed = text[start] === "（" || ch === "）";
    const chinese = [...content].some(isHan);
    const listNumber =
      /^\s*[0-9a-zA-Z一二三四五六七八九十]{1,2}\s*$/.test(content) &&
      (isChineseContext(charBefore(text, start)) || isChineseContext(charAfter(text, i)));
    if (!mixed && !chinese && !listNumber) continue;
    if (text[start] === "(") edits.push({ start, end: start + 1, after: "（", what: "半角“(”" });
    if (ch === ")") edits.push({ start: i, end: i + 1, after: "）", what: "半角“)”" });
  }
  return edits;
}
