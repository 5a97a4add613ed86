import type { Minutes, Notice } from "../meeting/notice";
import { minutesBlocks, noticeBlocks } from "../meeting/notice-text";
import { docxParts, flatOpc } from "./package";
import type { LayoutBlock } from "./layout-block";
import { renderBlocks } from "./render-blocks";

export type { LayoutBlock, LayoutKind } from "./layout-block";

export { docxParts, flatOpc } from "./package";

/** The one renderer: a notice or minutes to GB/T 9704 WordprocessingML body XML. */
export function renderNoticeBody(notice: Notice): string {
  return renderBlocks(noticeBlocks(notice), "notice");
}

export function renderMinutesBody(minutes: Minutes): string {
  return renderBlocks(minutesBlocks(minutes), "minutes");
}

/** Targets: the parts of a .docx file, and the flat OPC package Word's insertOoxml takes. */
export function noticeDocx(notice: Notice): Record<string, string> {
  return docxParts(renderNoticeBody(notice), notice.title ?? notice.name ?? "会议通知");
}
export function minutesDocx(minutes: Minutes): Record<string, string> {
  return docxParts(renderMinutesBody(minutes), minutes.title ?? "会议纪要");
}
export function noticeOoxml(notice: Notice): string {
  return flatOpc(renderNoticeBody(notice));
}
export function minutesOoxml(minutes: Minutes): string {
  return flatOpc(renderMinutesBody(minutes));
}

/** An existing document's parts, as `huiwu format` read them, through the same renderer. */
export function laidOutDocx(blocks: LayoutBlock[], kind: "notice" | "minutes", title: string): Record<string, string> {
  return docxParts(renderBlocks(blocks, kind), title);
}
export function laidOutOoxml(blocks: LayoutBlock[], kind: "notice" | "minutes"): string {
  return flatOpc(renderBlocks(blocks, kind));
}
