import type { Finding } from "../../core/rules/finding";
import { checkDocument } from "../../core/rules/run-text";
import type { Grid } from "../../core/table/grid";
import { readingFile } from "./damaged-file";
import { minutesItems } from "./minutes-items";
import { appendToTrackingWorkbook } from "./tracking-workbook";
import { documentParagraphs } from "./read-docx";
import { readWorkbookGrids } from "./read-workbook";
import type { CheckedKind, DocumentKind } from "../../core/rules/text-rule";
import { type NameCard, type NameCardOptions, nameCardsDocx } from "../../core/cards/name-cards";
import { type FileDownload, type PendingFile, fileDownloads } from "./file-excel-downloads";
import { zipDocx } from "./write-docx";

/**
 * Where a long file job is: unzipping (no measure inside), reading sheet done/total, checking, writing a checked
 * copy, making a new file (a 座次图, 桌签).
 */
export type FileJobProgress =
  | { step: "unzip" }
  | { step: "read"; done: number; total: number }
  | { step: "check" }
  | { step: "write" }
  | { step: "make" };

type Report = (progress: FileJobProgress) => void;

export interface ReadWorkbook {
  grids: Grid[];
  /** Where this worker keeps the bytes read, for the copies to download: see `fileDownloads`. */
  kept: number;
}

/** A file to download by `kept` alone, in a worker that no longer holds it (restarted after 取消, or evicted). */
export class KeptWorkbookGone extends Error {
  constructor() {
    super("kept workbook gone");
    this.name = "KeptWorkbookGone";
  }
}

// The last workbooks this worker (or page) read. The copies are made from them: sending a large workbook back to
// the worker cost a fifth of making its copy. A few are kept, for the files opened together.
const KEPT_WORKBOOKS = 4;
const kept = new Map<number, Uint8Array>();
let nextKept = 1;

/** A file host's pending writes to one file, with its bytes, or where this worker keeps them. */
export type PendingFileData = Omit<PendingFile, "bytes"> & { bytes?: Uint8Array; kept?: number };

export interface CheckedDocument {
  paragraphs: string[];
  kind: CheckedKind;
  evidence: string[];
  findings: Finding[];
}

/**
 * The slow work of file mode, the same in a Web Worker and on the page: plain data in, plain data out, so
 * every argument and result survives structured cloning.
 */
export const FILE_JOBS = {
  /** Reads a workbook's sheets (file mode checks them on the page, with the pane's settings). */
  async readWorkbook(input: { bytes: Uint8Array; fileName: string }, report: Report): Promise<ReadWorkbook> {
    report({ step: "unzip" });
    const grids = await readingFile(input.fileName, "workbook", () =>
      readWorkbookGrids(input.bytes, input.fileName, (done, total) => report({ step: "read", done, total })),
    );
    report({ step: "check" });
    const id = nextKept++;
    kept.set(id, input.bytes);
    kept.delete(id - KEPT_WORKBOOKS);
    return { grids, kept: id };
  },

  async checkDocument(
    input: { bytes: Uint8Array; fileName: string; kind?: DocumentKind },
    report: Report,
  ): Promise<CheckedDocument> {
    report({ step: "unzip" });
    const paragraphs = await readingFile(input.fileName, "document", () =>
      documentParagraphs(input.bytes, input.fileName),
    );
    report({ step: "check" });
    return { paragraphs, ...checkDocument({ paragraphs, kind: input.kind }) };
  },

  /**
   * What file mode's Excel host writes, as new files (file-excel-downloads.ts): each file by the bytes sent, or by
   * `kept` where this worker still holds them; with `kept` alone and nothing held, it fails with KeptWorkbookGone.
   */
  async fileDownloads(
    input: { files: PendingFileData[]; fileName: string; checkedAt: string },
    report: Report,
  ): Promise<FileDownload[]> {
    report({ step: "write" });
    const files = input.files.map((file) => {
      const bytes = file.bytes ?? (file.kept === undefined ? undefined : kept.get(file.kept));
      if (!bytes) throw new KeptWorkbookGone();
      return { ...file, bytes: async () => bytes };
    });
    return readingFile(input.fileName, "workbook", () => fileDownloads(files, input.checkedAt));
  },

  /** 生成桌签: the cards as a .docx on landscape A4. */
  async nameCards(
    input: { cards: NameCard[]; options: NameCardOptions; fileName: string },
    report: Report,
  ): Promise<Uint8Array> {
    report({ step: "make" });
    return zipDocx(nameCardsDocx(input.cards, input.options));
  },

  /** 追加纪要中的议定事项: the minutes' items appended to the 督办台账 the user opened (`bytes`), as a new .xlsx. */
  async appendMinutes(
    input: { bytes: Uint8Array; fileName: string; minutes: Uint8Array; minutesName: string },
    report: Report,
  ): Promise<{ bytes: Uint8Array; added: number; alreadyThere: number }> {
    report({ step: "unzip" });
    const paragraphs = await readingFile(input.minutesName, "document", () =>
      documentParagraphs(input.minutes, input.minutesName),
    );
    const items = minutesItems(paragraphs, input.minutesName);
    report({ step: "write" });
    const { bytes, appending } = await readingFile(input.fileName, "workbook", () =>
      appendToTrackingWorkbook(input.bytes, input.fileName, items),
    );
    return { bytes, added: appending.added, alreadyThere: appending.alreadyThere };
  },
};

export type FileJobs = typeof FILE_JOBS;
export type FileJobName = keyof FileJobs;
export type FileJobInput<K extends FileJobName> = Parameters<FileJobs[K]>[0];
export type FileJobOutput<K extends FileJobName> = Awaited<ReturnType<FileJobs[K]>>;

/** Runs the job named `job`, where the name arrives as data (a worker message, a queued request). */
export function runFileJob(job: FileJobName, input: unknown, report: Report): Promise<FileJobOutput<FileJobName>> {
  return (FILE_JOBS[job] as (input: unknown, report: Report) => Promise<FileJobOutput<FileJobName>>)(input, report);
}
