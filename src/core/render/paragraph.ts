import { BODY_CHAR_SPACING, CHAR, FONT, LINE_PITCH, SIZE } from "./gbt9704";
import { wordRunParts, wordXml } from "../xml/escape";

export interface RunStyle {
  font?: string;
  size?: number;
  color?: string;
  bold?: boolean;
}

/** A paragraph's rule: one line, or a double of a thick and a thin line (信函格式's 红色双线, GB/T 9704 10.1). */
export interface Border {
  size: number;
  color: string;
  space?: number;
  style?: "single" | "thickThinSmallGap" | "thinThickSmallGap";
}

export interface ParagraphStyle {
  align?: "left" | "center" | "right" | "both" | "distribute";
  /** First-line indent in characters of 3号 (2 for body text). */
  firstLineChars?: number;
  /** Left indent and hanging indent in characters, for aligned continuation lines. */
  leftChars?: number;
  hangingChars?: number;
  rightChars?: number;
  /** Extra twips of right indent (centring a signature over its date). */
  rightTwips?: number;
  /** Exact line height in twips; the 28.95 pt grid by default. */
  line?: number;
  /** Space before the paragraph, in twips. */
  before?: number;
  borderTop?: Border;
  /** `space` is the gap in points between the text and the rule. */
  borderBottom?: Border;
  /** Space after the paragraph, in twips. */
  after?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Starts a new page (each 桌签 is a page of its own). */
  pageBreakBefore?: boolean;
  /** Indents in twips, for text not in 3号 (the 版记's 4号), in place of the character counts. */
  indentTwips?: { left: number; right: number; hanging?: number };
  /** A right-aligned tab stop at this position (印发日期 flush right on the 版记 line). */
  tabRight?: number;
}

/** All four rFonts attributes, size and colour on the run itself, so any document keeps the look. */
export function run(text: string, style: RunStyle = {}, breakBefore = false): string {
  const font = style.font ?? FONT.fangsong;
  const size = style.size ?? SIZE.三号;
  const spacing = size === SIZE.三号 ? `<w:spacing w:val="${BODY_CHAR_SPACING}"/>` : "";
  const rPr =
    `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    `${style.bold ? "<w:b/><w:bCs/>" : ""}<w:color w:val="${style.color ?? "000000"}"/>${spacing}` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  // Word's soft line break (U+000B, from pasted text) is a line break inside the run, as Word writes it.
  const parts = wordRunParts(text);
  const content = (parts.length ? parts : [""])
    .map((part) =>
      part === "\t" ? "<w:tab/>" : part === "\u000B" ? "<w:br/>" : `<w:t xml:space="preserve">${wordXml(part)}</w:t>`,
    )
    .join("");
  return `<w:r>${rPr}${breakBefore ? "<w:br/>" : ""}${content}</w:r>`;
}

/**
 * A paragraph with its properties in the order the schema requires (Word rejects a document whose pPr children
 * are out of order). Every line has its exact height and none snaps to the document grid: on the grid, Word and
 * LibreOffice round a line up to whole grid lines (a 60 pt 标志 takes three), and where a page ends could not be
 * counted (page-fill.ts). For the same reason: no widow control, and no extra space between Chinese and Latin
 * text (2026年 is two and a half characters wide, as the 署名's centring over the date counts it).
 */
export function paragraph(runs: string, style: ParagraphStyle = {}): string {
  const parts: string[] = [];
  if (style.keepNext) parts.push("<w:keepNext/>");
  if (style.keepLines) parts.push("<w:keepLines/>");
  if (style.pageBreakBefore) parts.push("<w:pageBreakBefore/>");
  parts.push('<w:widowControl w:val="0"/>');
  if (style.borderTop || style.borderBottom) {
    const border = (side: string, b?: Border) =>
      b
        ? `<w:${side} w:val="${b.style ?? "single"}" w:sz="${b.size}" w:space="${b.space ?? 1}" w:color="${b.color}"/>`
        : "";
    parts.push(`<w:pBdr>${border("top", style.borderTop)}${border("bottom", style.borderBottom)}</w:pBdr>`);
  }
  if (style.tabRight) parts.push(`<w:tabs><w:tab w:val="right" w:pos="${style.tabRight}"/></w:tabs>`);
  parts.push('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>');
  parts.push(
    `<w:spacing w:before="${style.before ?? 0}" w:after="${style.after ?? 0}" w:line="${style.line ?? LINE_PITCH}" w:lineRule="exact"/>`,
  );
  const ind: string[] = [];
  if (style.indentTwips) {
    const { left, right, hanging } = style.indentTwips;
    ind.push(`w:left="${left}" w:right="${right}"${hanging ? ` w:hanging="${hanging}"` : ""}`);
  } else {
    if (style.leftChars) ind.push(`w:leftChars="${style.leftChars * 100}" w:left="${style.leftChars * CHAR}"`);
    const right = (style.rightChars ?? 0) * CHAR + (style.rightTwips ?? 0);
    if (right) ind.push(`w:right="${right}"`);
    if (style.firstLineChars)
      ind.push(`w:firstLineChars="${style.firstLineChars * 100}" w:firstLine="${style.firstLineChars * CHAR}"`);
    if (style.hangingChars)
      ind.push(`w:hangingChars="${style.hangingChars * 100}" w:hanging="${style.hangingChars * CHAR}"`);
  }
  if (ind.length) parts.push(`<w:ind ${ind.join(" ")}/>`);
  parts.push(`<w:jc w:val="${style.align ?? "both"}"/>`);
  return `<w:p><w:pPr>${parts.join("")}</w:pPr>${runs}</w:p>`;
}

export const blankLine = (): string => paragraph(run(""));

/** Width of text in characters of its size: CJK one, ASCII half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}
