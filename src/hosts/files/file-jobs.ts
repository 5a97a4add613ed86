import type { CheckOptions } from "../../core/rules/config";
import type { Finding } from "../../core/rules/finding";
import type { SheetReport } from "../../core/rules/run-registers";
import { checkDocument } from "../../core/rules/run-text";
import { type CellValue, type Grid, parseAddress } from "../../core/table/grid";
import { readingFile } from "./damaged-file";
import { documentParagraphs } from "./read-docx";
import { readWorkbookGrids } from "./read-workbook";
import type { CheckedKind, DocumentKind } from "../../core/rules/text-rule";
import { type FileDownload, type PendingFile, fileDownloads } from "./file-excel-downloads";
import {
  HELD_ROWS,
  type HeldSheet,
  type OpenedSheets,
  type PreviewRows,
  type SheetToCheck,
  openedSheetsToCheck,
  previewRows,
  sheetLabel,
  standIn,
  withWrites,
} from "./held-sheets";
import { checkOpenedFiles } from "./roster-beside";

/** Where a long file job is: unzipping (no measure inside), reading sheet done/total, checking, writing a new file. */
export type FileJobProgress =
  { step: "unzip" } | { step: "read"; done: number; total: number } | { step: "check" } | { step: "write" };

type Report = (progress: FileJobProgress) => void;

export interface ReadWorkbook {
  grids: Grid[];
  /** Where this worker keeps the bytes and sheets read, for the copies to download: see `fileDownloads`. */
  kept: number;
  /** The sheets (by their names in the file) this worker holds: `grids` has a stand-in without rows for each. */
  held: string[];
  /** The check asked for with the read (`checkWith`), if a sheet of the opening is held here and it could be made. */
  checked?: CheckedOnRead;
}

/** With the last file of an opening: the files read before it, and the options the page checks with now. */
export interface CheckWith {
  before: OpenedSheets[];
  options: CheckOptions;
}

/** The check of an opening made as its last file was read: which sheets it saw (see `sheetLabel`), with what. */
export interface CheckedOnRead {
  sheets: string[];
  options: CheckOptions;
  reports: SheetReport[];
}

/**
 * A workbook asked for by `kept` alone, in a worker that no longer holds it (restarted after 取消, or evicted): the
 * page reads it again and asks once more.
 */
export class KeptWorkbookGone extends Error {
  constructor() {
    super("kept workbook gone");
    this.name = "KeptWorkbookGone";
  }
}

// The last workbooks this worker (or page) read. The copies are made from them: sending a large workbook back to
// the worker cost a fifth of making its copy. A few are kept, for the files opened together.
const KEPT_WORKBOOKS = 4;
const kept = new Map<number, { bytes: Uint8Array; grids: Grid[] }>();
let nextKept = 1;

/**
 * A file host's pending writes to one file, with its bytes, or where this worker keeps them; `held` names its sheets
 * this worker holds (their grids are stand-ins: the kept sheet with the writes is used).
 */
export type PendingFileData = Omit<PendingFile, "bytes"> & { bytes?: Uint8Array; kept?: number; held?: string[] };

function keptSheet(id: number, sheet: string): Grid {
  const grid = kept.get(id)?.grids.find((g) => g.sheet === sheet);
  if (!grid) throw new KeptWorkbookGone();
  return grid;
}

const heldGrid = (held: HeldSheet): Grid => ({
  ...withWrites(keptSheet(held.kept, held.sheet), held.writes),
  sheet: held.name,
});

function checkHere(sheets: SheetToCheck[], options: CheckOptions): SheetReport[] {
  const grids = sheets.map((s) => ("grid" in s ? s.grid : heldGrid(s.held)));
  const files = new Map(sheets.map((s, i) => [grids[i].sheet, s.file]));
  return checkOpenedFiles(grids, options, (sheet) => files.get(sheet));
}

/**
 * The check of the files opened together, where this worker holds a sheet of them; undefined where it holds none
 * (the page checks them) or the check failed (the page asks again with `checkSheets`, which says why).
 */
function checkOpening(files: OpenedSheets[], options: CheckOptions): CheckedOnRead | undefined {
  if (!files.some((file) => file.held?.sheets.length)) return undefined;
  const sheets = openedSheetsToCheck(files);
  try {
    return { sheets: sheets.map(sheetLabel), options, reports: checkHere(sheets, options) };
  } catch {
    return undefined;
  }
}

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
  /**
   * Reads a workbook's sheets: its bytes, or the picked `file` itself, read here before unzipping (a worker reads it
   * while the page renders the opening; read on the page, it waited for those renders). With `hold`, a sheet of more
   * than HELD_ROWS rows stays here (checked by `checkSheets`, previewed by `heldRows`) and the page gets a stand-in.
   * With `checkWith` as well, where a sheet of the opening is held the opening is checked here at once and the
   * findings come with the read: the page need not ask for them, and the check starts while this worker has the
   * sheets fresh.
   */
  async readWorkbook(
    input: ({ bytes: Uint8Array } | { file: Blob }) & {
      fileName: string;
      hold?: boolean;
      checkWith?: CheckWith;
    },
    report: Report,
  ): Promise<ReadWorkbook> {
    const bytes = "file" in input ? new Uint8Array(await input.file.arrayBuffer()) : input.bytes;
    report({ step: "unzip" });
    const grids = await readingFile(input.fileName, "workbook", () =>
      readWorkbookGrids(bytes, input.fileName, (done, total) => report({ step: "read", done, total })),
    );
    report({ step: "check" });
    const id = nextKept++;
    kept.set(id, { bytes, grids });
    kept.delete(id - KEPT_WORKBOOKS);
    const held = input.hold ? grids.filter((grid) => grid.rows.length > HELD_ROWS).map((grid) => grid.sheet) : [];
    const read = { grids: grids.map((grid) => (held.includes(grid.sheet) ? standIn(grid) : grid)), kept: id, held };
    if (!input.hold || !input.checkWith) return read;
    const checked = checkOpening(
      [...input.checkWith.before, { ...read, fileName: input.fileName, held: { kept: id, sheets: held } }],
      input.checkWith.options,
    );
    return checked ? { ...read, checked } : read;
  },

  /** File mode's check of the files open, some of their sheets held here (see `checkOpenedFiles`). */
  async checkSheets(
    input: { sheets: SheetToCheck[]; options: CheckOptions; fileName: string },
    report: Report,
  ): Promise<SheetReport[]> {
    report({ step: "check" });
    return checkHere(input.sheets, input.options);
  },

  /** A held sheet's rows around a cell, for a finding's preview. */
  async heldRows(input: { held: HeldSheet; address: string; fileName: string }): Promise<PreviewRows> {
    return previewRows(heldGrid(input.held), input.address);
  },

  /** A held sheet's values at these addresses (with the page's writes), for a fix to compare before it writes. */
  async heldCells(input: {
    held: HeldSheet;
    addresses: string[];
    fileName: string;
  }): Promise<(CellValue | undefined)[]> {
    const grid = heldGrid(input.held);
    const origin = grid.origin ?? { row: 0, col: 0 };
    return input.addresses.map((address) => {
      const at = parseAddress(address);
      return at ? grid.rows[at.row - origin.row]?.[at.col - origin.col] : undefined;
    });
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
      const bytes = file.bytes ?? (file.kept === undefined ? undefined : kept.get(file.kept)?.bytes);
      if (!bytes) throw new KeptWorkbookGone();
      const held = new Set(file.held);
      const grids = file.grids.map((grid) =>
        held.has(grid.sheet)
          ? withWrites(
              keptSheet(file.kept ?? 0, grid.sheet),
              [...(file.writes.get(grid.sheet) ?? [])].map(([a, w]) => [a, w.value]),
            )
          : grid,
      );
      return { ...file, grids, bytes: async () => bytes };
    });
    return readingFile(input.fileName, "workbook", () => fileDownloads(files, input.checkedAt));
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
