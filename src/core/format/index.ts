import { readDocumentKind } from "../document/kind";
import { writtenParagraphs } from "../document/written-lines";
import { toSimplifiedAligned } from "../text/simplified";
import type { LayoutBlock } from "../render/layout-block";
import { laidOutDocx, laidOutOoxml } from "../render";
import { readsAsLetter } from "../render/letter";
import { minutesRoles } from "./minutes-layout";
import { noticeRoles } from "./notice-layout";
import { blocksOf } from "./paragraph-roles";

export type FormatKind = "notice" | "minutes";

export interface FormatOptions {
  /** As the user chose it; else read from the title and the body (a notice where neither decides). */
  kind?: FormatKind;
  /** 信函格式 (GB/T 9704 10.1) whatever the 发文字号; by default where it is a 函's (`平政办函〔2026〕45号`). */
  letter?: boolean;
}

export interface Formatted {
  kind: FormatKind;
  /** What the kind was read from, for the user (`标题“…纪要”`); empty where the user chose it. */
  evidence: string[];
  blocks: LayoutBlock[];
  /** Set as a letter: as the user chose, else where the 发文字号 is a 函's; a minutes never is. */
  letter: boolean;
}

/**
 * 一键排版: an existing notice's or minutes' paragraphs laid out in GB/T 9704 by the one renderer. Every word is
 * kept: parts move and are set anew, nothing is reworded, added or dropped (RULES.md §12).
 */
export function formatParagraphs(lines: string[], options: FormatOptions = {}): Formatted {
  // Pasted out of a PDF, each printed line is a paragraph: set anew, they are the paragraphs they were.
  const { paragraphs } = writtenParagraphs(lines, { keepFurniture: true });
  const simplified = paragraphs.map((p) => toSimplifiedAligned(p));
  const reading = options.kind ? { kind: options.kind, evidence: [] } : readDocumentKind(simplified);
  const kind: FormatKind = reading.kind ?? "notice";
  // Read on the simplified text (one character for each written one), laid out as written.
  const read = kind === "minutes" ? minutesRoles(simplified) : noticeRoles(simplified);
  const blocks = blocksOf(paragraphs, read);
  const letter = kind === "notice" && (options.letter ?? readsAsLetter(blocks));
  return { kind, evidence: reading.evidence, blocks, letter };
}

export function formattedDocx(formatted: Formatted, title = "排版"): Record<string, string> {
  return laidOutDocx(formatted.blocks, formatted.kind, title, { letter: formatted.letter });
}

export function formattedOoxml(formatted: Formatted): string {
  return laidOutOoxml(formatted.blocks, formatted.kind, { letter: formatted.letter });
}
