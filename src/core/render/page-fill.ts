import { PAGE } from "./gbt9704";

const attr = (tag: string, name: string): number | null => {
  const m = new RegExp(`\\sw:${name}="(-?\\d+)"`).exec(tag);
  return m ? Number(m[1]) : null;
};
const tag = (xml: string, name: string): string => new RegExp(`<w:${name} [^>]*>`).exec(xml)?.[0] ?? "";

export interface SetParagraph {
  /** Space before, in twips. */
  before: number;
  /** Each line's exact height, in twips. */
  line: number;
  lines: number;
  /** Starts a new page (an attached document). */
  pageBreak?: boolean;
}

/**
 * How a rendered paragraph is set: every line of this renderer has an exact height and every character a known
 * advance (its size plus the character spacing; Latin letters and digits half of it), so the lines a paragraph
 * wraps into can be counted as Word and LibreOffice set them.
 */
export function setParagraph(xml: string): SetParagraph {
  // A table whose rows are all one exact height (a 回执) is as tall as its rows; a row never splits.
  const rowHeight = xml.startsWith("<w:tbl>") ? /<w:trHeight w:val="(\d+)" w:hRule="exact"\/>/.exec(xml) : null;
  if (rowHeight) return { before: 0, line: Number(rowHeight[1]), lines: xml.match(/<w:tr>/g)?.length ?? 0 };
  // A table of this renderer (a joint 标志) is as tall as the lines of its first cell.
  if (xml.startsWith("<w:tbl>")) {
    const firstCell = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(xml)?.[1] ?? "";
    const paragraphs = firstCell.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    return { before: 0, line: attr(tag(paragraphs[0] ?? "", "spacing"), "line") ?? 0, lines: paragraphs.length };
  }
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? "";
  const spacing = tag(pPr, "spacing");
  const ind = tag(pPr, "ind");
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml.slice(xml.indexOf("</w:pPr>")))?.[1] ?? "";
  const advance = (attr(tag(rPr, "sz"), "val") ?? 32) * 10 + (attr(tag(rPr, "spacing"), "val") ?? 0);
  const first = (attr(ind, "firstLine") ?? 0) - (attr(ind, "hanging") ?? 0);
  const width = PAGE.textWidth - (attr(ind, "left") ?? 0) - (attr(ind, "right") ?? 0);
  // Text after a forced break (<w:br/>) starts a line of its own.
  const segments = (xml.match(/<w:t[^>]*>[^<]*<\/w:t>|<w:br\/>/g) ?? [])
    .map((part) => (part === "<w:br/>" ? "\u0000" : part.replace(/<[^>]+>/g, "")))
    .join("")
    .split("\u0000");
  let lines = 0;
  segments.forEach((text, i) => {
    let used = 0;
    for (const ch of text) used += ch.charCodeAt(0) < 0x2e80 ? advance / 2 : advance;
    const firstWidth = width - (i === 0 ? first : 0);
    lines += used <= firstWidth ? 1 : 1 + Math.ceil((used - firstWidth) / width);
  });
  const pageBreak = pPr.includes("<w:pageBreakBefore/>");
  return { before: attr(spacing, "before") ?? 0, line: attr(spacing, "line") ?? 0, lines, pageBreak };
}

/**
 * How far down the last page the text reaches, in twips below the 版心 top, once these paragraphs are set one
 * after another: a line that does not fit goes to the next page (the renderer's paragraphs have no widow control).
 */
export function lastPageUsed(paragraphs: SetParagraph[], firstPageOffset = 0): number {
  let used = firstPageOffset;
  for (const { before, line, lines, pageBreak } of paragraphs) {
    if (pageBreak) used = 0;
    used += before;
    for (let i = 0; i < lines; i++) {
      if (used + line > PAGE.textHeight) used = 0;
      used += line;
    }
  }
  return used;
}
