import type { Minutes, Notice } from "../meeting/notice";
import { minutesBlocks } from "../meeting/notice-text";
import { GBT_PAGE, docxParts, flatOpc } from "./package";
import { letterMark, letterheadOverhang, readsAsLetter } from "./letter";
import type { LayoutBlock } from "./layout-block";
import { renderBlocks } from "./render-blocks";
import { noticeLayout } from "./reply-form";

export type { LayoutBlock, LayoutKind } from "./layout-block";

export { docxParts, flatOpc } from "./package";
export { REPLY_FORM_HEADER, noticeLayout, withReplyAttachment } from "./reply-form";

/** How a document is set: 信函格式 where its 发文字号 is a 函's or the user chose it (`letter: true`). */
export interface LayoutOptions {
  letter?: boolean;
}

/** The one renderer: a notice or minutes to GB/T 9704 WordprocessingML body XML. */
export function renderNoticeBody(notice: Notice, options: LayoutOptions = {}): string {
  return renderInline(noticeLayout(notice), "notice", { letter: notice.letter || undefined, ...options });
}

function isLetter(blocks: LayoutBlock[], kind: "notice" | "minutes", options: LayoutOptions): boolean {
  return kind === "notice" && (options.letter ?? readsAsLetter(blocks));
}

/** A body for insertion into an open document: a letter carries its 标志 at the top of its text. */
function renderInline(blocks: LayoutBlock[], kind: "notice" | "minutes", options: LayoutOptions): string {
  return renderBlocks(blocks, kind, { letter: isLetter(blocks, kind, options), letterheadInBody: true });
}

/** A .docx of its own: a letter's 标志 and rules in the first page's header and footer. */
function renderFile(
  blocks: LayoutBlock[],
  kind: "notice" | "minutes",
  title: string,
  options: LayoutOptions,
): Record<string, string> {
  if (!isLetter(blocks, kind, options)) return docxParts(renderBlocks(blocks, kind), title);
  const markBlock = blocks.find((b) => b.kind === "issuerMark");
  const mark = markBlock ? letterMark(markBlock) : "";
  const body = renderBlocks(blocks, kind, { letter: true, firstPageOffset: mark ? letterheadOverhang(mark) : 0 });
  return docxParts(body, title, GBT_PAGE, mark ? { mark } : undefined);
}

export function renderMinutesBody(minutes: Minutes): string {
  return renderBlocks(minutesBlocks(minutes), "minutes");
}

/** Targets: the parts of a .docx file, and the flat OPC package Word's insertOoxml takes. */
export function noticeDocx(notice: Notice, options: LayoutOptions = {}): Record<string, string> {
  return renderFile(noticeLayout(notice), "notice", notice.title ?? notice.name ?? "会议通知", {
    letter: notice.letter || undefined,
    ...options,
  });
}
export function minutesDocx(minutes: Minutes): Record<string, string> {
  return docxParts(renderMinutesBody(minutes), minutes.title ?? "会议纪要");
}
export function noticeOoxml(notice: Notice, options: LayoutOptions = {}): string {
  return flatOpc(renderNoticeBody(notice, options));
}
export function minutesOoxml(minutes: Minutes): string {
  return flatOpc(renderMinutesBody(minutes));
}

/** An existing document's parts, as `huiwu format` read them, through the same renderer. */
export function laidOutDocx(
  blocks: LayoutBlock[],
  kind: "notice" | "minutes",
  title: string,
  options: LayoutOptions = {},
): Record<string, string> {
  return renderFile(blocks, kind, title, options);
}
export function laidOutOoxml(blocks: LayoutBlock[], kind: "notice" | "minutes", options: LayoutOptions = {}): string {
  return flatOpc(renderInline(blocks, kind, options));
}
