import type { Span } from "../../core/document/span";
import { type CapabilityName, type SetSupported, capabilities, unsupportedMessage } from "../office/capabilities";
import { HostError, guardedRun, officeSetSupported } from "../office/host-error";
import { paragraphGone, textGone } from "../office/host-messages";
import type { SelfTestOptions, SelfTestReport } from "../office/self-test-report";

export const DRAFT_TAG = "huiwu-draft";
const SEARCH_LIMIT = 255;

/**
 * needs-confirmation: an earlier draft would be replaced; selection-not-empty: the user's selected text would be
 * replaced. Either is done only when asked again with `replace`.
 */
export type InsertResult = "inserted" | "replaced" | "needs-confirmation" | "selection-not-empty";

/** What the Word pane asks of Word (or WPS 文字, or an opened file); the pane never calls Office.js itself. */
export interface WordHost {
  /**
   * Where a draft or a laid-out document goes: into the open document (Word, WPS), or to the user as a downloaded
   * .docx (file mode, where the opened file itself is never overwritten).
   */
  readonly delivery: "document" | "download";
  /** Why this host cannot do `name`, in Chinese, with what to do instead: the line shown beside a disabled button. */
  unsupported(name: CapabilityName): string;
  readParagraphs(): Promise<string[]>;
  /** Inserts at the cursor in a tagged content control; an earlier draft is replaced only when `replace`. */
  insertDraft(ooxml: string, replace: boolean): Promise<InsertResult>;
  selectText(at: Span, text: string): Promise<void>;
  addComments(items: { at: Span; text: string; message: string }[]): Promise<number>;
  replaceText(at: Span, before: string, after: string): Promise<void>;
  supportsComments(): boolean;
  /**
   * Opens a whole .docx (base64) as a new document, with its page setup: WordApi 1.3. `use` names the capability
   * checked, so that a refusal says what to do instead (a draft can be inserted, 桌签 downloaded). `fileName` is the
   * name a downloaded copy gets, where the host delivers by download.
   */
  openNewDocument(base64Docx: string, use?: NewDocumentUse, fileName?: string): Promise<void>;
  supportsNewDocument(): boolean;
  /**
   * The document's page as GB/T 9704 sets it (A4; 天头 37, 订口 28, bottom 35, right 26 mm): "already", "set" (where
   * WordApiDesktop 1.3 lets an add-in set it: insertOoxml never carries page setup) or "unsupported".
   */
  fitPage(): Promise<PageFit>;
  /**
   * 排版本文档: the document's body replaced by the laid-out one. What comes back restores the original (`restoreBody`);
   * file mode downloads the laid-out .docx instead and leaves the opened file as it was.
   */
  replaceBody(laidOut: LaidOutBody): Promise<BodyReplaced>;
  /** The body as it was before `replaceBody`, from what that returned. */
  restoreBody(original: OriginalBody): Promise<void>;
  /** 自检: every capability above in a content control it adds at the end and removes (self-test.ts). */
  selfTest(options?: SelfTestOptions): Promise<SelfTestReport>;
}

export type PageFit = "already" | "set" | "unsupported";

/** A laid-out document: its body as flat OPC for a host that replaces the body, the whole .docx for a download. */
export interface LaidOutBody {
  ooxml: string;
  docx: () => Promise<Uint8Array>;
  fileName: string;
}

/** The body a host replaced, as that host can put it back (Word: the body's OOXML). */
export interface OriginalBody {
  ooxml: string;
}

export type BodyReplaced = { kind: "replaced"; original: OriginalBody } | { kind: "downloaded"; fileName: string };

/** What a new document is opened for: a draft (notice, minutes) or the 桌签. */
export type NewDocumentUse = "wordNewDocument" | "wordCardsDocument";

/** GB/T 9704 margins in points. */
const GBT_MARGINS = { topMargin: 37, bottomMargin: 35, leftMargin: 28, rightMargin: 26 } as const;
const POINTS_PER_MM = 72 / 25.4;

type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Which occurrence of `text` in the paragraph starts at `start` (search returns them in order). */
function occurrenceIndex(paragraph: string, text: string, start: number): number {
  let count = 0;
  for (let i = paragraph.indexOf(text); i >= 0 && i < start; i = paragraph.indexOf(text, i + 1)) count++;
  return count;
}

/**
 * The paragraphs' text as it reads with every tracked change accepted: Paragraph.getReviewedText("Current") (WordApi
 * 1.4), the documented way to read a document under review. Word on the web puts text deleted under track changes
 * into Paragraph.text (office-js#1267) and into ranges around a change (office-js#5334), so offsets computed from
 * ranges are not to be trusted there; desktop Word leaves the deletions out of Paragraph.text, and reads the same
 * either way. One more sync.
 */
async function reviewedTexts(context: Word.RequestContext, paragraphs: Word.ParagraphCollection): Promise<string[]> {
  const reviewed = paragraphs.items.map((paragraph) => paragraph.getReviewedText("Current"));
  await context.sync();
  // Paragraph.text carries no paragraph mark; should a Word add one to the reviewed text, it goes too.
  return reviewed.map((result) => result.value.replace(/\r$/, ""));
}

export function createWordHost(
  run: WordRun = (batch) => Word.run(batch),
  isSetSupported: SetSupported = officeSetSupported,
): WordHost {
  const guarded = guardedRun<Word.RequestContext>(run);
  const office = capabilities(isSetSupported);

  /** The range of `text` in its paragraph, or the whole paragraph when the text is too long to search. */
  const locate = (paragraphs: Word.ParagraphCollection, at: Span, text: string) => {
    const paragraph = paragraphs.items[at.paragraph];
    if (!paragraph) throw paragraphGone();
    if (!text || text.length > SEARCH_LIMIT) return { paragraph, results: null, index: 0 };
    const results = paragraph.search(text, { matchCase: true });
    results.load("text");
    return { paragraph, results, index: occurrenceIndex(paragraph.text, text, at.start) };
  };

  return {
    delivery: "document",
    unsupported: unsupportedMessage,
    supportsComments: () => office.has("wordComments"),
    supportsNewDocument: () => office.has("wordNewDocument"),
    // Loaded when asked for: the 自检 is used once, and stays out of the pane's first screen.
    selfTest: async (options) =>
      (await import(/* webpackChunkName: "self-test" */ "./self-test")).runWordSelfTest(run, isSetSupported, options),

    openNewDocument: (base64Docx, use = "wordNewDocument") =>
      guarded(async (context) => {
        office.require(use);
        context.application.createDocument(base64Docx).open();
        await context.sync();
      }),

    fitPage: () =>
      guarded(async (context): Promise<PageFit> => {
        if (!office.has("wordPageSetup")) return "unsupported";
        const page = context.document.pageSetup;
        page.load("paperSize,topMargin,bottomMargin,leftMargin,rightMargin");
        await context.sync();
        const margins = Object.entries(GBT_MARGINS) as [keyof typeof GBT_MARGINS, number][];
        const fits =
          page.paperSize === "A4" && margins.every(([key, mm]) => Math.abs(page[key] - mm * POINTS_PER_MM) < 1);
        if (fits) return "already";
        page.paperSize = "A4";
        for (const [key, mm] of margins) page[key] = Math.round(mm * POINTS_PER_MM * 10) / 10;
        await context.sync();
        return "set";
      }),

    readParagraphs: () =>
      guarded(async (context) => {
        office.require("wordRead");
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        if (!office.has("wordReviewedText")) {
          // Below WordApi 1.4 (Office 2016–2021): as Word gives it; Word on the web always has 1.4.
          await context.sync();
          return paragraphs.items.map((p) => p.text);
        }
        if (office.has("wordTrackedDeletions")) {
          // Where Word can list tracked changes (1.6), a document without deletions is read in this one sync.
          const changes = context.document.body.getTrackedChanges();
          changes.load("items/type");
          await context.sync();
          if (!changes.items.some((change) => change.type === "Deleted")) return paragraphs.items.map((p) => p.text);
        } else await context.sync();
        return reviewedTexts(context, paragraphs);
      }),

    insertDraft: (ooxml, replace) =>
      guarded(async (context) => {
        office.require("wordInsert");
        const existing = context.document.contentControls.getByTag(DRAFT_TAG).getFirstOrNullObject();
        existing.load("id");
        const selection = context.document.getSelection();
        selection.load("text");
        await context.sync();
        if (!existing.isNullObject) {
          if (!replace) return "needs-confirmation";
          existing.insertOoxml(ooxml, "Replace");
          await context.sync();
          return "replaced";
        }
        // The draft goes where the cursor is; selected text would be replaced by it, so that needs a yes.
        if (selection.text.trim() !== "" && !replace) return "selection-not-empty";
        const control = selection.insertContentControl();
        control.tag = DRAFT_TAG;
        control.title = "会务助手草稿";
        control.insertOoxml(ooxml, "Replace");
        await context.sync();
        return "inserted";
      }),

    selectText: (at, text) =>
      guarded(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        const found = locate(paragraphs, at, text);
        if (found.results) await context.sync();
        (found.results?.items[found.index] ?? found.paragraph).select();
        await context.sync();
      }),

    addComments: (items) =>
      guarded(async (context) => {
        office.require("wordComments");
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        const located = items.map((item) => ({ item, found: locate(paragraphs, item.at, item.text) }));
        await context.sync();
        for (const { item, found } of located) {
          (found.results?.items[found.index] ?? found.paragraph.getRange()).insertComment(`会务助手：${item.message}`);
        }
        await context.sync();
        return located.length;
      }),

    replaceText: (at, before, after) =>
      guarded(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        const found = locate(paragraphs, at, before);
        if (!found.results) throw new HostError("要修改的文字太长，无法定位，请手动修改", "InvalidArgument");
        await context.sync();
        const range = found.results.items[found.index];
        if (!range) throw textGone(before);
        range.insertText(after, "Replace");
        await context.sync();
      }),

    replaceBody: (laidOut) =>
      guarded(async (context): Promise<BodyReplaced> => {
        office.require("wordReplaceBody");
        const body = context.document.body;
        const read = body.getOoxml();
        await context.sync();
        // A ClientResult (getOoxml's) has its value after the sync; it has no load().
        // eslint-disable-next-line office-addins/load-object-before-read
        const original = { ooxml: read.value };
        body.insertOoxml(laidOut.ooxml, "Replace");
        await context.sync();
        return { kind: "replaced", original };
      }),

    restoreBody: (original) =>
      guarded(async (context) => {
        office.require("wordReplaceBody");
        context.document.body.insertOoxml(original.ooxml, "Replace");
        await context.sync();
      }),
  };
}
