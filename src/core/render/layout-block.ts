import type { Block, BlockKind } from "../meeting/notice-text";

/**
 * What the renderer lays out: the lines a form drafts (Block), and the parts an existing document has that a
 * form never writes (`huiwu format`): the third and fourth levels of 结构层次序数 (1. and （1）, 仿宋 like the body),
 * a 成文日期 closing minutes (flush right, 4 characters in, as a notice's), and the 附件 label that opens an
 * attached document on a page of its own (GB/T 9704 8: 3号黑体, flush left on the first line). A drafted
 * notice's 回执 (`replyForm`) is such an attached document: its title, lines and a table to fill in.
 */
export type LayoutKind = BlockKind | "heading3" | "heading4" | "closingDate" | "attachmentPage" | "replyForm";

/** A 回执 to fill in: its title, the lines above the table, the columns, the blank rows, the line under it. */
export interface ReplyForm {
  title: string;
  lines: string[];
  header: string[];
  rows: number;
  closing: string | null;
}

export interface LayoutBlock extends Omit<Block, "kind" | "field"> {
  kind: LayoutKind;
  field?: string | null;
  replyForm?: ReplyForm;
}
