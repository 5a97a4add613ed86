import type { Span } from "../../core/document/span";
import { unsupportedMessage } from "../office/capabilities";
import { HostError } from "../office/host-error";
import { paragraphGone, textGone } from "../office/host-messages";
import { guarded } from "./guarded";
import { type BodyReplaced, DRAFT_TAG, type InsertResult, type PageFit, type WordHost } from "../word/word-host";
import {
  WD_CONTENT_CONTROL_RICH_TEXT,
  WD_PAPER_A4,
  WD_REVISION_DELETE,
  type WpsApplication,
  type WpsDocument,
  type WpsRange,
} from "./wps-api";

/** GB/T 9704 margins in mm, and A4 in points (WPS, like Word, measures the page in points). */
const GBT_MARGINS = { TopMargin: 37, BottomMargin: 35, LeftMargin: 28, RightMargin: 26 } as const;
const POINTS_PER_MM = 72 / 25.4;
const A4 = { PageWidth: 595.3, PageHeight: 841.9 };

/** Why the pane cannot open a whole .docx in WPS: the rendered file would have to go through a file on disk. */
export const WPS_NO_NEW_DOCUMENT =
  "WPS 加载项的任务窗格是网页，不能把生成的 .docx 写到本机再打开，所以无法在 WPS 中直接新建文档。请改用“插入到光标处”，或在文件模式中下载 .docx 后用 WPS 打开";

/** Why 排版本文档 cannot replace the body in an older WPS: it needs both halves of Word's Range XML. */
export const WPS_NO_LAYOUT =
  "这个版本的 WPS 不能替换整篇正文（没有 Range.InsertXML 或 Range.WordOpenXML），未排版。请升级 WPS，或在文件模式中打开本文档，下载排版后的 .docx";

/** A paragraph's text as the pane reads it: without the paragraph mark ("\r") and a table cell's end ("\x07"). */
// eslint-disable-next-line no-control-regex -- \x07 is the end-of-cell mark WPS puts in a table cell's text
const bare = (text: string) => text.replace(/[\r\x07]+$/, "");

/** Which occurrence of `text` starts at `start`, and where that occurrence is in `other` (-1 when it has fewer). */
function sameOccurrence(read: string, other: string, text: string, start: number): number {
  let count = 0;
  for (let i = read.indexOf(text); i >= 0 && i < start; i = read.indexOf(text, i + 1)) count++;
  let at = other.indexOf(text);
  while (at >= 0 && count-- > 0) at = other.indexOf(text, at + 1);
  return at;
}

/**
 * The pane's Word host in WPS 文字, over WPS's synchronous object model: paragraphs from Document.Paragraphs,
 * tracked deletions from each paragraph's Range.Revisions, comments with Document.Comments.Add, the draft in a
 * tagged rich-text content control filled with Range.InsertXML, the page through Document.PageSetup.
 */
export function createWpsWordHost(app: WpsApplication): WordHost {
  const doc = (): WpsDocument => {
    const document = app.ActiveDocument;
    if (!document) throw new HostError("WPS 文字中没有打开的文档，请先打开或新建一个文档", "ItemNotFound");
    return document;
  };

  /** A paragraph's text as read (tracked deletions left out) and as the range holds it, with its range. */
  const paragraph = (document: WpsDocument, index: number) => {
    if (index < 0 || index >= document.Paragraphs.Count) throw paragraphGone();
    const range = document.Paragraphs.Item(index + 1).Range;
    const raw = bare(range.Text);
    return { range, raw, read: withoutDeletions(range, raw) };
  };

  /** The range of `text` at the finding's place, or null where the paragraph no longer holds it there. */
  const locate = (document: WpsDocument, at: Span, text: string) => {
    const p = paragraph(document, at.paragraph);
    if (!text) return { p, found: null };
    const offset = sameOccurrence(p.read, p.raw, text, at.start);
    const found = offset < 0 ? null : document.Range(p.range.Start + offset, p.range.Start + offset + text.length);
    return { p, found: found && found.Text === text ? found : null };
  };

  /** The whole story, where this WPS can both read it as XML and put XML in its place. */
  const wholeStory = () => {
    const content = doc().Content;
    const original = content.WordOpenXML;
    if (typeof content.InsertXML !== "function" || typeof original !== "string")
      throw new HostError(WPS_NO_LAYOUT, "ApiNotFound");
    return { original, insert: (xml: string) => content.InsertXML!(xml) };
  };

  return {
    delivery: "document",
    unsupported: (name) =>
      name === "wordNewDocument" || name === "wordCardsDocument" ? WPS_NO_NEW_DOCUMENT : unsupportedMessage(name),
    supportsComments: () => true,
    supportsNewDocument: () => false,
    // Loaded when asked for: the 自检 is used once, and stays out of the pane's first screen.
    selfTest: async (options) =>
      (await import(/* webpackChunkName: "self-test" */ "./self-test")).runWpsWriterSelfTest(app, options),

    openNewDocument: () => Promise.reject(new HostError(WPS_NO_NEW_DOCUMENT, "ApiNotFound")),

    readParagraphs: () =>
      guarded(() => {
        const document = doc();
        const tracked = document.Revisions.Count > 0;
        const texts: string[] = [];
        for (let i = 1; i <= document.Paragraphs.Count; i++) {
          const range = document.Paragraphs.Item(i).Range;
          const raw = bare(range.Text);
          texts.push(tracked ? withoutDeletions(range, raw) : raw);
        }
        return texts;
      }),

    insertDraft: (ooxml, replace) =>
      guarded((): InsertResult => {
        const document = doc();
        const existing = document.SelectContentControlsByTag(DRAFT_TAG);
        const control = existing.Count > 0 ? existing.Item(1) : null;
        if (control && !replace) return "needs-confirmation";
        const selection = app.Selection;
        // Selection.Text of a bare cursor is the character after it: only a selection that spans text counts.
        if (!control && selection.End > selection.Start && selection.Text.trim() !== "" && !replace)
          return "selection-not-empty";
        const target = control ?? document.ContentControls.Add(WD_CONTENT_CONTROL_RICH_TEXT, selection.Range);
        if (typeof target.Range.InsertXML !== "function")
          throw new HostError(
            "这个版本的 WPS 不能插入 Word 格式的内容（没有 Range.InsertXML），草稿未插入。请升级 WPS，或在文件模式中下载 .docx",
            "ApiNotFound",
          );
        if (!control) {
          target.Tag = DRAFT_TAG;
          target.Title = "会务助手草稿";
        }
        target.Range.InsertXML(ooxml);
        return control ? "replaced" : "inserted";
      }),

    selectText: (at, text) =>
      guarded(() => {
        const { p, found } = locate(doc(), at, text);
        (found ?? p.range).Select();
      }),

    addComments: (items) =>
      guarded(() => {
        const document = doc();
        const located = items.map((item) => ({ item, ...locate(document, item.at, item.text) }));
        for (const { item, p, found } of located) document.Comments.Add(found ?? p.range, `会务助手：${item.message}`);
        return located.length;
      }),

    replaceText: (at, before, after) =>
      guarded(() => {
        const { found } = locate(doc(), at, before);
        if (!found) throw textGone(before);
        found.Text = after;
      }),

    fitPage: () =>
      guarded((): PageFit => {
        const page = doc().PageSetup;
        const margins = Object.entries(GBT_MARGINS) as [keyof typeof GBT_MARGINS, number][];
        const isA4 =
          page.PaperSize === WD_PAPER_A4 ||
          (Math.abs(page.PageWidth - A4.PageWidth) < 1 && Math.abs(page.PageHeight - A4.PageHeight) < 1);
        if (isA4 && margins.every(([key, mm]) => Math.abs(page[key] - mm * POINTS_PER_MM) < 1)) return "already";
        page.PaperSize = WD_PAPER_A4;
        for (const [key, mm] of margins) page[key] = Math.round(mm * POINTS_PER_MM * 10) / 10;
        return "set";
      }),

    replaceBody: (laidOut) =>
      guarded((): BodyReplaced => {
        const story = wholeStory();
        story.insert(laidOut.ooxml);
        return { kind: "replaced", original: { ooxml: story.original } };
      }),

    restoreBody: (original) => guarded(() => wholeStory().insert(original.ooxml)),
  };
}

/**
 * A paragraph's text without what tracked changes deleted: WPS, like Word, keeps deleted text in Range.Text while
 * the markup shows. Each deletion is cut where its range says, only where the text really holds it there.
 */
function withoutDeletions(range: WpsRange, raw: string): string {
  const revisions = range.Revisions;
  if (revisions.Count === 0) return raw;
  const cuts: { at: number; text: string }[] = [];
  for (let i = 1; i <= revisions.Count; i++) {
    const revision = revisions.Item(i);
    if (revision.Type !== WD_REVISION_DELETE) continue;
    cuts.push({ at: revision.Range.Start - range.Start, text: bare(revision.Range.Text) });
  }
  let text = raw;
  for (const { at, text: deleted } of cuts.sort((a, b) => b.at - a.at)) {
    if (deleted && at >= 0 && text.slice(at, at + deleted.length) === deleted)
      text = text.slice(0, at) + text.slice(at + deleted.length);
  }
  return text;
}
