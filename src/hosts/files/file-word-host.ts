import type { Span } from "../../core/document/span";
import type { CapabilityName } from "../office/capabilities";
import { HostError } from "../office/host-error";
import { paragraphGone, textGone } from "../office/host-messages";
import type { SelfTestReport } from "../office/self-test-report";
import type { BodyReplaced, InsertResult, WordHost } from "../word/word-host";
import { DOCX_TYPE, offerDownload } from "./download";

/** A document opened in file mode: its name, and its paragraphs as the .docx or .txt reader gave them. */
export interface OpenedDocument {
  name: string;
  paragraphs: string[];
}

/** The Word host over an opened file: what the pane reads and fixes is an in-memory copy; results are downloads. */
export interface FileWordHost extends WordHost {
  /** Makes `document` the one the pane reads and fixes (a file the user opened, a sample). */
  open(document: OpenedDocument): void;
  /** The opened document as it now reads (fixes applied), or null before one is opened. */
  opened(): OpenedDocument | null;
}

export interface FileWordHostOptions {
  /** How a .docx reaches the user: a browser download by default. */
  deliver?: (bytes: Uint8Array, fileName: string) => void;
  /** Shows where a finding is (file mode has no document window to select in): its paragraph and span. */
  onSelect?: (at: Span, text: string) => void;
}

/** What file mode cannot do, in Chinese, with what to do instead. */
const FILE_MODE_CANNOT: Partial<Record<CapabilityName, string>> = {
  wordComments: "文件模式不能把批注写进文件，可逐条点问题查看，在 Word 或 WPS 中修改",
  wordPageSetup: "文件模式不改动打开的文件；下载的 .docx 已按 GB/T 9704 设置页面",
};

/** Which occurrence of `text` in `paragraph` starts at or after `start`, searched as Word's host does. */
function occurrenceAt(paragraph: string, text: string, start: number): number {
  if (paragraph.startsWith(text, start)) return start;
  const after = paragraph.indexOf(text, start);
  return after >= 0 ? after : paragraph.lastIndexOf(text, start);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * `WordHost` for file mode: reads come from the opened .docx or .txt (read by the file worker), fixes edit the
 * paragraphs held here (a re-read sees them), and a draft or a laid-out document is offered as a .docx download —
 * the opened file is never written. A draft "inserted" is only kept: file mode delivers it by download.
 */
export function createFileWordHost(options: FileWordHostOptions = {}): FileWordHost {
  const deliver = options.deliver ?? ((bytes, fileName) => offerDownload(bytes, fileName, DOCX_TYPE));
  let document: OpenedDocument | null = null;
  let draft: string | null = null;

  const paragraphAt = (at: Span): string => {
    const text = document?.paragraphs[at.paragraph];
    if (text === undefined) throw paragraphGone();
    return text;
  };

  return {
    delivery: "download",
    unsupported: (name) => FILE_MODE_CANNOT[name] ?? "文件模式不能做这一项，请在 Word 或 WPS 中使用会务助手",
    supportsComments: () => false,
    supportsNewDocument: () => true,

    open(opened) {
      document = { name: opened.name, paragraphs: [...opened.paragraphs] };
    },
    opened: () => document && { name: document.name, paragraphs: [...document.paragraphs] },

    readParagraphs: async () => [...(document?.paragraphs ?? [])],

    insertDraft: async (ooxml, replace): Promise<InsertResult> => {
      if (draft !== null && !replace) return "needs-confirmation";
      const result = draft === null ? "inserted" : "replaced";
      draft = ooxml;
      return result;
    },

    selectText: async (at, text) => {
      paragraphAt(at);
      options.onSelect?.(at, text);
    },

    addComments: () => Promise.reject(new HostError(FILE_MODE_CANNOT.wordComments!, "ApiNotFound")),

    replaceText: async (at, before, after) => {
      const paragraph = paragraphAt(at);
      const start = before ? occurrenceAt(paragraph, before, at.start) : -1;
      if (start < 0) throw textGone(before);
      document!.paragraphs[at.paragraph] = paragraph.slice(0, start) + after + paragraph.slice(start + before.length);
    },

    openNewDocument: async (base64Docx, _use, fileName = "会务助手.docx") => deliver(fromBase64(base64Docx), fileName),

    // The downloaded .docx carries its own A4 page and GB/T 9704 margins.
    fitPage: async () => "already",

    replaceBody: async (laidOut): Promise<BodyReplaced> => {
      deliver(await laidOut.docx(), laidOut.fileName);
      return { kind: "downloaded", fileName: laidOut.fileName };
    },
    // Nothing to restore: the opened file was never changed.
    restoreBody: async () => undefined,

    selfTest: async (): Promise<SelfTestReport> => ({
      host: "文件模式",
      version: "",
      platform: "浏览器",
      ranAt: "",
      steps: [
        {
          name: "读取与修改",
          needs: "",
          outcome: "skipped",
          detail: "文件模式在浏览器内存中读取和修改，不调用 Word，不需要自检",
          ms: 0,
        },
      ],
      scratchRemoved: true,
      scratch: "无",
    }),
  };
}
