/**
 * A small fake of the Word object model the adapter uses. Loaded collections only show their items after
 * `context.sync()`, as in Office.js; every sync is counted; the document is plain data tests can read.
 */
export interface FakeDocument {
  paragraphs: string[];
  /** Content controls; one made around a paragraph (Paragraph.insertContentControl) holds that paragraph's text. */
  controls: { tag: string; title: string; ooxml: string; paragraph?: number }[];
  comments: { text: string; comment: string }[];
  selected: string | null;
  /** Documents opened with createDocument(...).open(), as the base64 they were given. */
  opened: string[];
  /**
   * Text deleted under track changes: where it starts in its paragraph's text and what it was. Word on the web
   * keeps it in Paragraph.text (office-js#1267), and so does `paragraphs` here: a test of desktop Word, which
   * leaves it out, gives paragraphs without it.
   */
  deletions: { paragraph: number; start: number; text: string }[];
  /** The OOXML last put in place of the whole body (Body.insertOoxml "Replace"), as given. */
  bodyOoxml?: string;
  /** Paper and margins (points), as WordApiDesktop 1.3's document.pageSetup reports them. */
  pageSetup: { paperSize: string; topMargin: number; bottomMargin: number; leftMargin: number; rightMargin: number };
}

class Deferred<T> {
  private ready = false;
  constructor(
    private readonly value: () => T,
    private readonly pending: Set<Deferred<unknown>>,
  ) {}
  load(): void {
    this.pending.add(this as Deferred<unknown>);
  }
  resolve(): void {
    this.ready = true;
  }
  get items(): T {
    if (!this.ready) throw new Error("fake Word: items read before load + sync");
    return this.value();
  }
}

/** The text of a flat OPC's paragraphs (their w:t), one line each, as Word shows it inserted. */
function textOf(ooxml: string): string {
  return [...ooxml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
    .join("\n");
}

/** Paragraphs as the flat OPC Body.getOoxml gives (only what textOf reads back). */
function flatOpcOf(paragraphs: string[]): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${escape(p)}</w:t></w:r></w:p>`).join("");
  return `<pkg:package><pkg:part><pkg:xmlData><w:document><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}

export class FakeWord {
  syncs = 0;
  doc: FakeDocument;
  failWith: { code: string; message: string } | null = null;
  /** A test's refusal: the sync after a call of this name ("insertComment", "insertOoxml"…) fails with this error. */
  refuseCall: { call: string; code: string; message: string } | null = null;
  /** Sections of the document (document.sections, WordApi 1.1): only how many. */
  sections = 1;

  constructor(paragraphs: string[]) {
    this.doc = {
      paragraphs: [...paragraphs],
      controls: [],
      comments: [],
      selected: null,
      opened: [],
      deletions: [],
      // Word's default Letter page with 1 inch margins.
      pageSetup: { paperSize: "Letter", topMargin: 72, bottomMargin: 72, leftMargin: 72, rightMargin: 72 },
    };
  }

  run = async <T>(batch: (context: never) => Promise<T>): Promise<T> => {
    if (this.failWith) throw Object.assign(new Error(this.failWith.message), { code: this.failWith.code });
    const pending = new Set<Deferred<unknown>>();
    const doc = this.doc;
    let refused: { code: string; message: string } | null = null;
    /** Notes a call a test refuses: the next sync fails. */
    const called = (name: string) => {
      if (this.refuseCall?.call === name) refused = this.refuseCall;
    };
    /** Range.insertComment (WordApi 1.4): the new Word.Comment, its content and delete() (WordApi 1.4). */
    const insertComment = (text: string, comment: string) => {
      called("insertComment");
      const added = { text, comment };
      doc.comments.push(added);
      return {
        load: () => undefined,
        get content() {
          return added.comment;
        },
        delete: () => {
          called("deleteComment");
          doc.comments = doc.comments.filter((c) => c !== added);
        },
      };
    };
    const range = (paragraph: number, text: string) => ({
      text,
      select: () => void (doc.selected = text),
      insertComment: (comment: string) => insertComment(text, comment),
      insertText: (after: string, _where: string) => {
        const p = doc.paragraphs[paragraph];
        doc.paragraphs[paragraph] = p.replace(text, after);
      },
    });
    // A point in a paragraph (Range "Start"): expanding it to a later point gives the text between the two.
    const point = (paragraph: number, offset: number) => ({
      offset,
      expandTo: (other: { offset: number }) => ({
        load: () => undefined,
        text: doc.paragraphs[paragraph].slice(offset, other.offset),
      }),
    });
    const deletions = (paragraph: number | null) =>
      new Deferred(
        () =>
          doc.deletions
            .filter((d) => paragraph === null || d.paragraph === paragraph)
            .map((d) => ({ type: "Deleted", text: d.text, getRange: () => point(d.paragraph, d.start) })),
        pending,
      );
    /** Paragraph.insertContentControl (WordApi 1.1): a control around the paragraph, holding its text. */
    const controlAround = (paragraph: number) => {
      called("insertContentControl");
      const control = { tag: "", title: "", ooxml: "", paragraph };
      doc.controls.push(control);
      return contentControl(control);
    };
    const contentControl = (control: FakeDocument["controls"][number]) => {
      const text = () => (control.paragraph === undefined ? textOf(control.ooxml) : doc.paragraphs[control.paragraph]);
      return {
        set tag(value: string) {
          control.tag = value;
        },
        set title(value: string) {
          control.title = value;
        },
        load: (): void => undefined,
        get text() {
          return text();
        },
        insertOoxml: (ooxml: string) => {
          called("insertOoxml");
          control.ooxml = ooxml;
          if (control.paragraph !== undefined) doc.paragraphs[control.paragraph] = textOf(ooxml);
        },
        search: (needle: string) => {
          called("search");
          const found = text()
            .split(needle)
            .slice(1)
            .map(() => range(control.paragraph ?? -1, needle));
          return new Deferred(() => found, pending);
        },
        /** ContentControl.paragraphs (WordApi 1.1): its first paragraph's Paragraph.getReviewedText (WordApi 1.4). */
        paragraphs: {
          getFirst: () => ({
            getReviewedText: (version?: "Original" | "Current") => {
              called("getReviewedText");
              return { value: version === "Original" ? "" : text() };
            },
          }),
        },
        getRange: () => ({
          insertComment: (comment: string) => insertComment(text(), comment),
          getTrackedChanges: () => new Deferred(() => [], pending),
        }),
        /** ContentControl.delete(keepContent) (WordApi 1.1): without its content, the paragraph mark stays. */
        delete: (keepContent: boolean) => {
          called("deleteContentControl");
          doc.controls = doc.controls.filter((c) => c !== control);
          if (!keepContent && control.paragraph !== undefined) doc.paragraphs[control.paragraph] = "";
        },
      };
    };
    const paragraphs = new Deferred(
      () =>
        doc.paragraphs.map((text, i) => ({
          text,
          delete: () => {
            called("deleteParagraph");
            doc.paragraphs.splice(i, 1);
          },
          select: () => void (doc.selected = text),
          getRange: (where?: string) => (where === "Start" ? point(i, 0) : range(i, text)),
          getTrackedChanges: () => deletions(i),
          /**
           * Paragraph.getReviewedText (WordApi 1.4): with "Current", the text as it reads with every tracked change
           * accepted, so without what a tracked change deleted, on the web and on desktop alike (learn.microsoft.com
           * word.paragraph#word-word-paragraph-getreviewedtext-member(1); office-js#1267 for Paragraph.text on the web).
           * A ClientResult: its value is there after the next sync.
           */
          getReviewedText: (version?: "Original" | "Current") => {
            const reviewed = new Deferred(() => {
              if (version === "Original") throw new Error("fake Word: only Current is modelled");
              let current = text;
              const own = doc.deletions.filter((d) => d.paragraph === i).sort((a, b) => b.start - a.start);
              for (const d of own)
                if (current.slice(d.start, d.start + d.text.length) === d.text)
                  current = current.slice(0, d.start) + current.slice(d.start + d.text.length);
              return current;
            }, pending);
            reviewed.load();
            return {
              get value() {
                return reviewed.items;
              },
            };
          },
          search: (needle: string) => {
            if (needle.length > 255) throw Object.assign(new Error("search too long"), { code: "InvalidArgument" });
            const found: ReturnType<typeof range>[] = [];
            for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
              found.push(range(i, needle));
            return new Deferred(() => found, pending);
          },
        })),
      pending,
    );
    const context = {
      application: {
        createDocument: (base64: string) => ({ open: () => void doc.opened.push(base64) }),
      },
      document: {
        body: {
          paragraphs,
          getTrackedChanges: () => deletions(null),
          /** Body.getOoxml (WordApi 1.1): the paragraphs as a flat OPC, its value there after the next sync. */
          getOoxml: () => {
            called("getOoxml");
            // Queued commands run in order: the body is read as it stands at this call, whatever is queued after.
            const taken = flatOpcOf(doc.paragraphs);
            const xml = new Deferred(() => taken, pending);
            xml.load();
            return {
              get value() {
                return xml.items;
              },
            };
          },
          /** Body.insertOoxml(ooxml, "Replace") (WordApi 1.1): the body becomes the flat OPC's paragraphs. */
          insertOoxml: (ooxml: string, where: "Replace" | "Start" | "End") => {
            called("insertOoxml");
            if (where !== "Replace") throw new Error("fake Word: only Body.insertOoxml Replace is modelled");
            doc.paragraphs = textOf(ooxml).split("\n");
            doc.controls = [];
            doc.bodyOoxml = ooxml;
          },
          /** Body.insertParagraph(text, "End") (WordApi 1.1): a new last paragraph. */
          insertParagraph: (text: string, where: "Start" | "End") => {
            called("insertParagraph");
            if (where !== "End") throw new Error("fake Word: only insertParagraph at End is modelled");
            doc.paragraphs.push(text);
            const at = doc.paragraphs.length - 1;
            return { insertContentControl: () => controlAround(at) };
          },
        },
        sections: new Deferred(() => Array.from({ length: this.sections }, () => ({})), pending),
        // Reads and writes go straight to the fake's page: enough to see what the host asked for.
        pageSetup: Object.defineProperties(
          { load: () => undefined },
          Object.fromEntries(
            (["paperSize", "topMargin", "bottomMargin", "leftMargin", "rightMargin"] as const).map((key) => [
              key,
              {
                get: () => doc.pageSetup[key],
                set: (value: never) => void (doc.pageSetup[key] = value),
              },
            ]),
          ),
        ),
        contentControls: {
          getByTag: (tag: string) => {
            const tagged = new Deferred(
              () => doc.controls.filter((c) => c.tag === tag).map((c) => contentControl(c)),
              pending,
            );
            return Object.assign(tagged, {
              getFirstOrNullObject: () => {
                const control = doc.controls.find((c) => c.tag === tag);
                return control
                  ? Object.assign(contentControl(control), { isNullObject: false })
                  : { load: (): void => undefined, isNullObject: true };
              },
            });
          },
        },
        getSelection: () => ({
          load: () => undefined,
          get text() {
            return doc.selected ?? "";
          },
          insertContentControl: () => {
            const control = { tag: "", title: "", ooxml: "" };
            doc.controls.push(control);
            return {
              set tag(value: string) {
                control.tag = value;
              },
              set title(value: string) {
                control.title = value;
              },
              insertOoxml: (ooxml: string) => void (control.ooxml = ooxml),
            };
          },
        }),
      },
      sync: async () => {
        this.syncs++;
        for (const d of pending) d.resolve();
        pending.clear();
        const refusal = refused;
        refused = null;
        if (refusal) throw Object.assign(new Error(refusal.message), { code: refusal.code });
      },
    };
    return batch(context as never);
  };
}
