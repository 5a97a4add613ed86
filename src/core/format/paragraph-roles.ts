import { headingOrdinal } from "../document/heading-ordinal";
import type { LayoutBlock, LayoutKind } from "../render/layout-block";

/** A paragraph's part in the laid-out document, or null where the reader placed it nowhere (it stays body). */
export type Roles = (LayoutKind | null)[];

/** What a reader makes of a document's paragraphs: each one's part, and those joined to the one before. */
export interface ReadRoles {
  roles: Roles;
  joined: Set<number>;
}

/** 抄送：, 分送：, 发送： opening a 版记 line. */
export const COPY_TO = /^\s*(?:抄\s*送|分\s*送|发\s*送|报\s*送)\s*[:：]/;
/** `XX县人民政府办公室    2026年11月25日印发`, or `印发：…`. */
export const PRINTED = /印\s*发\s*$|^\s*印\s*发\s*[:：]/;
/** What a 1999-style 版记 also holds: 主题词 and 共印…份. */
const OLD_IMPRINT = /^\s*主\s*题\s*词\s*[:：]|^\s*[（(]?共印\s*\d+\s*份[）)]?\s*$/;
/** 紧急程度 alone on a line at the top (7.2.3). */
export const URGENCY = /^\s*(?:特急|加急|特提|平急)\s*$/;
/** 附注 (7.3.7): a line in parentheses under the 成文日期, `（此件公开发布）`. */
export const NOTE = /^\s*[（(][^（()）]{2,60}[）)]\s*$/;
/** 附件 and its number alone on a line: an attached document's head, on a page of its own (8). */
export const ATTACHMENT_HEAD = /^\s*附\s*件\s*\d{0,2}\s*$/;

/** Marks the paragraphs of the 版记 among the last lines: 抄送 and 印发, from the end up. */
export function markImprint(paragraphs: string[], roles: Roles): number {
  let start = paragraphs.length;
  for (let i = paragraphs.length - 1; i >= 0 && i >= paragraphs.length - 8; i--) {
    const text = paragraphs[i];
    if (text.trim() === "") continue;
    if (PRINTED.test(text)) roles[i] = "printed";
    else if (COPY_TO.test(text) || OLD_IMPRINT.test(text)) roles[i] = "copyTo";
    else break;
    start = i;
  }
  return start;
}

/** A body paragraph by its 结构层次序数: 一、 （一） 1. （1）, else plain body. */
export function bodyRole(text: string): LayoutKind {
  const level = headingOrdinal(text)?.level;
  return level ? (`heading${level}` as LayoutKind) : "body";
}

/**
 * The laid-out blocks, one for each paragraph in the order written: blank paragraphs dropped (the renderer sets
 * its own space), leading and trailing spaces dropped, the words kept as they are. Paragraphs with one role in a
 * row that the renderer sets as one (a title over two paragraphs) are joined.
 */
export function blocksOf(paragraphs: string[], { roles, joined }: ReadRoles): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  paragraphs.forEach((paragraph, i) => {
    const text = paragraph.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    if (text === "") return;
    const kind = roles[i] ?? bodyRole(text);
    const last = blocks[blocks.length - 1];
    if (joined.has(i) && last && last.kind === kind) last.text += text;
    else blocks.push({ kind, text: kind === "printed" ? spacedPrinted(text) : text, ...labelOf(kind, text) });
  });
  return blocks;
}

/** 印发机关 and 印发日期 set apart by spaces of any kind: the renderer puts the date flush right. */
function spacedPrinted(text: string): string {
  const m = /^(.+?)[\s\u3000]+(\S*\d{4}\s*年.*印\s*发)$/.exec(text);
  return m ? `${m[1]}    ${m[2]}` : text;
}

/** 出席：, 请假：, 列席：: the label the renderer sets in 黑体. */
function labelOf(kind: LayoutKind, text: string): { label?: string } {
  return kind === "attendance" ? { label: /^[^:：]*[:：]/.exec(text)?.[0] ?? "" } : {};
}
