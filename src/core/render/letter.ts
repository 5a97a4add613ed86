import { FONT, PAGE, RED, twips } from "./gbt9704";
import type { LayoutBlock } from "./layout-block";
import { type Border, blankLine, paragraph, run, textWidth } from "./paragraph";

/**
 * 信函格式 (GB/T 9704-2012 10.1), as this renderer reads the clause:
 * - 发文机关标志: the issuer's name without 文件, red 小标宋, centred, its top edge 30 mm below the paper's top;
 * - a red double rule (thick over thin) 4 mm under it and one (thin over thick) 20 mm above the paper's bottom,
 *   each 170 mm long and centred (7 mm past the 版心 on each side);
 * - 份号, 密级, 紧急程度 flush left and 发文字号 flush right on the first line under the rule, 7/8 of a 3号
 *   character's height (14 pt) below it; the title two lines under the last of them;
 * - no page number on the first page; the 版记 at the foot of the last page without 印发机关/日期 or its rules.
 * The 标志 and the rules stand in the first page's header and footer of a .docx (they lie outside the 版心); a
 * body inserted into an open document carries the 标志 and the upper rule at the top of its text instead.
 */
export const LETTER_MARK_TOP = twips(30);
export const LETTER_RULE_WIDTH = twips(170);
/** The lower double rule's distance from the paper's bottom edge. */
export const LETTER_FOOT_RULE = twips(20);
const OVERHANG = Math.round((LETTER_RULE_WIDTH - PAGE.textWidth) / 2);
/** The mark's size: 22 pt (2号) up to 30 pt, as fits 156 mm with a tenth to spare. */
const markSize = (text: string) =>
  Math.max(44, Math.min(60, Math.floor((PAGE.textWidth / 20 / Math.max(1, textWidth(text))) * 2 * 0.9)));
/** How far below its line's top a mark's characters begin, per half-point of size (as the joint 标志's). */
const INK_PER_HALF_POINT = 125 / 72;

/**
 * The empty paragraph whose foot is the upper rule: 4 mm under the mark's ink, which ends 0.9 of its size below
 * where it begins (measured: a 30 pt mark inks 29.8–39.4 mm), less what is left of the mark's own line under it.
 */
function ruleLineHeight(size: number, line: number, ink: number): number {
  return Math.max(40, twips(4) - Math.round(line - ink - size * 10 * 0.9));
}

/** A 发文字号 that is a 函's: `平政办函〔2026〕45号`. */
export function isLetterNumber(text: string): boolean {
  return /函\s*[〔[（(【［﹝]\s*\d{4}/.test(text);
}

/** Whether the blocks make a letter: their 发文字号 is a 函's. */
export function readsAsLetter(blocks: LayoutBlock[]): boolean {
  return blocks.some((b) => b.kind === "docNumber" && isLetterNumber(b.text));
}

/** The 标志 of a letter: a drafted `…文件` loses 文件; what a user wrote in a document is kept as written. */
export function letterMark(block: LayoutBlock): string {
  return block.field === "issuer" ? block.text.replace(/文件$/, "") : block.text;
}

const doubleRule = (style: Border["style"]): Border => ({ size: 12, color: RED, space: 0, style });

/** The 标志 and the red double rule 4 mm under it, 170 mm wide: the first page's header, or the top of a body. */
export function letterhead(mark: string): string {
  const size = markSize(mark);
  const line = Math.round(size * 10 * 1.25);
  const ink = Math.round(INK_PER_HALF_POINT * size);
  const ruleLine = ruleLineHeight(size, line, ink);
  const wide = { left: -OVERHANG, right: -OVERHANG };
  return (
    paragraph(run(mark, { font: FONT.xiaobiaosong, size, color: RED }), { align: "center", line }) +
    paragraph(run(""), {
      line: Math.max(40, ruleLine),
      borderBottom: doubleRule("thickThinSmallGap"),
      indentTwips: wide,
    })
  );
}

/** The header distance that puts the mark's top edge 30 mm below the paper's top. */
export function letterheadDistance(mark: string): number {
  return LETTER_MARK_TOP - Math.round(INK_PER_HALF_POINT * markSize(mark));
}

/** LibreOffice begins the text about 3 mm under a header that reaches past the top margin (measured). */
const HEADER_GAP = twips(3);

/** How far below the 版心's top a letter's first page begins its text: under the header's rule. */
export function letterheadOverhang(mark: string): number {
  const size = markSize(mark);
  const line = Math.round(size * 10 * 1.25);
  const ink = Math.round(INK_PER_HALF_POINT * size);
  const ruleLine = ruleLineHeight(size, line, ink);
  return Math.max(0, letterheadDistance(mark) + line + ruleLine + HEADER_GAP - PAGE.top);
}

/** The first page's footer: the lower double rule, 20 mm above the paper's bottom, and no page number. */
export function letterFootRule(): string {
  return paragraph(run(""), {
    line: 40,
    borderBottom: doubleRule("thinThickSmallGap"),
    indentTwips: { left: -OVERHANG, right: -OVERHANG },
  });
}

/**
 * The lines under the upper rule: 份号, 密级, 紧急程度 flush left one under another, the 发文字号 flush right on
 * the first of them, 14 pt under the rule; then two blank lines before the title.
 */
export function letterHeadLines(left: string[], docNumber: string | undefined): string[] {
  const first = left[0] ?? "";
  const lines: string[] = [];
  // Directly under the header, which ends on the rule: LibreOffice sets the text about 3 mm under it, so the
  // number's characters stand about 5 mm (14 pt) under the rule.
  const before = 0;
  if (first || docNumber)
    lines.push(
      paragraph(run(first, { font: FONT.heiti }) + (docNumber ? run(`\t${docNumber}`) : ""), {
        align: "left",
        before,
        tabRight: docNumber ? PAGE.textWidth : undefined,
      }),
    );
  for (const text of left.slice(1)) lines.push(paragraph(run(text, { font: FONT.heiti }), { align: "left" }));
  if (lines.length) lines.push(blankLine(), blankLine());
  return lines;
}
