import { type ReportContent, reportSheetName } from "../../core/report/report";
import type { CellFix, Severity } from "../../core/rules/finding";
import type { SeatingChart } from "../../core/seating/chart";
import { chartGrid } from "../../core/seating/swap";
import { type CellValue, type Grid, cellAddress, parseAddress } from "../../core/table/grid";
import { type ExcelHost, SETTINGS_KEY, freeSheetName } from "../excel/excel-host";
import { HostError } from "../office/host-error";
import {
  cancelledCheck,
  cellChanged,
  sheetGone,
  sheetProtected,
  swapRefused,
  targetNotEmpty,
} from "../office/host-messages";
import { localTime } from "../office/self-test-report";
import type { PrintTable } from "../../core/look/print-table";
import { type AppendTargetFacts, appendTargetFacts, contentBelowTable } from "./append-refusals";
import { XLSX_TYPE } from "./download";
import { type FileDownload, type PendingFile, fileDownloads, rosterOf } from "./file-excel-downloads";
import { printTableWorkbook } from "./print-table-workbook";
import type { AppendArea } from "./xlsx-patch/excel-tables";
import type { HeldSheet, PreviewRows, SheetToCheck } from "./held-sheets";
import { previewRows } from "./held-sheets";

export type { FileDownload };

/** A workbook the user opened in the browser: only ever read. */
export interface OpenedWorkbook {
  fileName: string;
  bytes: () => Promise<Uint8Array>;
  /** Its sheets; a held sheet's is a stand-in without rows. */
  grids: Grid[];
  /**
   * The sheets (by their names in the file) the file worker holds under `kept`: see held-sheets.ts. `kept` changes
   * when the worker had to read the file again.
   */
  held?: { kept: number; sheets: string[] };
}

/** Where the settings are kept between visits: the browser's localStorage, per site. */
export type SettingsStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface FileExcelHostOptions {
  /** Shows a cell (the preview scrolls to it): what selecting a finding's cell does in file mode. */
  onSelect?: (sheet: string, address: string) => void;
  storage?: SettingsStorage | null;
  /** Makes the downloads; by default on this page (file mode passes the worker's). */
  downloads?: typeof fileDownloads;
  /** A held sheet's values at these addresses, from the worker that holds it; required when a file has held sheets. */
  heldCells?: (held: HeldSheet, addresses: string[]) => Promise<(CellValue | undefined)[]>;
  /** A held sheet's rows around a cell, from the worker that holds it. */
  heldRows?: (held: HeldSheet, address: string) => Promise<PreviewRows>;
}

/** ExcelHost over opened files, plus the one verb a browser needs: what to download. */
export interface FileExcelHost extends ExcelHost {
  /**
   * The checked copy of each file written to (marks, report, fixes, rows); [] if none. With `fileName`, only that
   * opened file's.
   */
  downloads(fileName?: string): Promise<FileDownload[]>;
  /** A 座次图 this host made, as its own workbook with the 名单 it was made from; rejects for any other sheet. */
  downloadChart(sheet: string): Promise<FileDownload>;
  /** A table this host added (签到表, 参会名单) as a print-ready workbook of its own; rejects for any other sheet. */
  downloadTable(sheet: string): Promise<FileDownload>;
  /** The 座次图 this host made on that sheet, with its swaps; undefined for any other sheet. */
  chartOf(sheet: string): SeatingChart | undefined;
  /** The opened file a sheet (as a read names it) is in: a 座次图 made here is in the file of its 名单. */
  fileOf(sheet: string): string | undefined;
  /** Whether the file worker holds the sheet's cells (the read gives a stand-in without rows). */
  isHeld(sheet: string): boolean;
  /** Grids as a read gave them, to check in the worker: a held sheet as its reference, with the writes to it. */
  sheetsToCheck(grids: Grid[]): SheetToCheck[];
  /** The rows around a cell a finding's preview shows, with the writes made; from the worker for a held sheet. */
  previewRows(sheet: string, address: string): Promise<PreviewRows>;
}

interface Sheet {
  /** The name the pane sees: the file's own, or `名单（文件名）` where two files have a sheet of one name. */
  name: string;
  file: number;
  grid: Grid;
  /** A 座次图 this host added (it downloads as its own workbook), and the name it was asked to have. */
  chart?: SeatingChart;
  madeAs?: string;
  /** A table to print this host added (it downloads as its own workbook, with the print look). */
  printed?: PrintTable;
  /** The file worker holds its cells: `grid` is a stand-in, the writes are kept apart. */
  held?: boolean;
}

/** A sheet this host made rather than read: it is not in any opened file's copy. */
const madeHere = (sheet: Sheet) => !!sheet.chart || !!sheet.printed;

const text = (value: CellValue | undefined) => (value === null || value === undefined ? "" : String(value));

function defaultStorage(): SettingsStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // a browser that refuses storage to this page
  }
}

/**
 * The Excel host of file mode: reads are the parsed grids; every write changes an in-memory copy (the grids and a
 * list of pending writes) that the next read sees; `downloads` turns the writes into new files. The opened files
 * are never changed. Rows are appended only to an .xlsx/.xlsm, never over anything its sheet holds below.
 */
export function createFileExcelHost(files: OpenedWorkbook[], options: FileExcelHostOptions = {}): FileExcelHost {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const counts = new Map<string, number>();
  files.forEach((f) => f.grids.forEach((g) => counts.set(g.sheet, (counts.get(g.sheet) ?? 0) + 1)));
  const sheets: Sheet[] = files.flatMap((f, file) =>
    f.grids.map((grid) => ({
      name: (counts.get(grid.sheet) ?? 0) > 1 ? `${grid.sheet}（${f.fileName}）` : grid.sheet,
      file,
      grid,
      held: f.held?.sheets.includes(grid.sheet) ?? false,
    })),
  );
  let active = sheets[0]?.name ?? "";
  let marks = new Map<string, Map<string, Severity>>();
  let report: { name: string; content: ReportContent } | null = null;
  /** Per sheet: the cells written, with whether each is a date. */
  const writes = new Map<string, Map<string, { value: CellValue; date: boolean }>>();
  /** Per sheet: the rows appended under its data, by the file's own sheet name. */
  const appended = new Map<string, AppendArea[]>();
  /** Per sheet: what its XML in the opened file says of appending to it (the file is only read: it stays so). */
  const appendFacts = new Map<string, AppendTargetFacts>();

  const sheetNamed = (name: string) => {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw sheetGone(name);
    return sheet;
  };
  const origin = (grid: Grid) => grid.origin ?? { row: 0, col: 0 };
  const heldOf = (sheet: Sheet): HeldSheet => ({
    kept: files[sheet.file].held!.kept,
    sheet: sheet.grid.sheet,
    name: sheet.name,
    writes: [...(writes.get(sheet.name) ?? [])].map(([address, { value }]) => [address, value]),
  });
  /** The text in these cells now: a held sheet's from its worker. */
  const textsAt = async (sheet: Sheet, cells: { row: number; col: number }[]): Promise<string[]> => {
    if (!sheet.held)
      return cells.map(({ row, col }) =>
        text(sheet.grid.rows[row - origin(sheet.grid).row]?.[col - origin(sheet.grid).col]),
      );
    if (!options.heldCells) throw new HostError(`工作表“${sheet.name}”的内容不在本页`, "InvalidArgument");
    const values = await options.heldCells(
      heldOf(sheet),
      cells.map(({ row, col }) => cellAddress(row, col)),
    );
    return values.map(text);
  };
  /** Writes cells into a new copy of the sheet's rows: grids a read returned earlier stay as they were. */
  const write = (sheet: Sheet, cells: { row: number; col: number; value: CellValue; date?: boolean }[]) => {
    const at = origin(sheet.grid);
    if (sheet.held) {
      const written = writes.get(sheet.name) ?? new Map();
      for (const { row, col, value, date = false } of cells) written.set(cellAddress(row, col), { value, date });
      writes.set(sheet.name, written);
      return;
    }
    const rows = [...sheet.grid.rows];
    const written = writes.get(sheet.name) ?? new Map();
    for (const { row, col, value, date = false } of cells) {
      const r = row - at.row;
      const c = col - at.col;
      if (r < 0 || c < 0)
        throw new HostError(`${sheet.name}!${cellAddress(row, col)} 在表格范围之外`, "InvalidArgument");
      while (rows.length <= r) rows.push([]);
      const line = [...(rows[r] ?? [])];
      while (line.length < c) line.push(null);
      line[c] = value;
      rows[r] = line;
      if (!madeHere(sheet)) written.set(cellAddress(row, col), { value, date });
    }
    sheet.grid = { ...sheet.grid, rows };
    if (sheet.chart) sheet.chart = { ...sheet.chart, rows: rows.map((row) => row.map(text)) };
    writes.set(sheet.name, written);
  };
  /** What the opened file's own sheet says of appending to it: read once, the opened file is never changed. */
  const appendFactsOf = async (sheet: Sheet) => {
    const file = files[sheet.file];
    const facts =
      appendFacts.get(sheet.name) ?? (await appendTargetFacts(await file.bytes(), file.fileName, sheet.grid.sheet));
    appendFacts.set(sheet.name, facts);
    return facts;
  };
  const writeChecked = async (name: string, address: string, expected: string, value: string) => {
    const sheet = sheetNamed(name);
    const at = parseAddress(address)!;
    const [current] = await textsAt(sheet, [at]);
    if (current !== expected) throw cellChanged(name, address, current);
    write(sheet, [{ ...at, value }]);
  };

  return {
    mergedAreasCaveat: () => null,

    readWorkbook: async ({ activeOnly = false, sheets: only, onProgress, signal } = {}) => {
      if (signal?.aborted) throw cancelledCheck();
      const read = sheets
        .filter((s) => (!activeOnly || s.name === active) && (!only || only.includes(s.name)))
        .map((s) => (s.grid.sheet === s.name ? s.grid : { ...s.grid, sheet: s.name }));
      onProgress?.(1, 1);
      return read;
    },

    selectCell: async (sheet, address) => {
      active = sheetNamed(sheet).name;
      options.onSelect?.(sheet, address);
    },

    markCells: async (asked) => {
      marks = new Map([...asked].map(([sheet, cells]) => [sheet, new Map(cells)]));
      return { cells: [...marks.values()].reduce((n, cells) => n + cells.size, 0), limited: false };
    },

    clearMarks: async () => {
      const restored = [...marks.values()].reduce((n, cells) => n + cells.size, 0);
      marks = new Map();
      return { restored, kept: 0, gone: 0 };
    },

    discardMarks: async () => {
      marks = new Map();
    },

    writeReport: async (content) => {
      const name = reportSheetName([...sheets.map((s) => s.name), ...(report ? [report.name] : [])]);
      report = { name, content };
      return name;
    },

    appendRows: async (name, at, rows, dateColumns) => {
      const sheet = sheetNamed(name);
      const facts = madeHere(sheet) ? null : await appendFactsOf(sheet);
      if (facts?.protected) throw sheetProtected(name, "追加");
      const cells = rows.flatMap((row, r) =>
        row.map((value, c) => ({ row: at.row + r, col: at.col + c, value, date: dateColumns.includes(c) })),
      );
      if ((await textsAt(sheet, cells)).some((current) => current !== "")) throw targetNotEmpty(name, at.row);
      // A formula saved without its result reads as an empty cell: the sheet itself says the row is taken.
      if (facts && facts.lastRowWithContent > at.row) throw contentBelowTable(name, facts.lastRowWithContent);
      write(
        sheet,
        cells.filter((cell) => cell.value !== null && cell.value !== ""),
      );
      if (madeHere(sheet) || rows.length === 0) return;
      const lastCol = at.col + rows.reduce((widest, row) => Math.max(widest, row.length), 1) - 1;
      const area = {
        sheet: sheet.grid.sheet,
        firstRow: at.row,
        lastRow: at.row + rows.length - 1,
        firstCol: at.col,
        lastCol,
      };
      appended.set(name, [...(appended.get(name) ?? []), area]);
    },

    // A chart made again replaces the one made before: it is only in memory, nothing the clerk wrote is lost.
    writeSeatingChart: async (chart) => {
      const before = sheets.findIndex((s) => s.madeAs === chart.sheet);
      if (before >= 0) sheets.splice(before, 1);
      const name = freeSheetName(
        chart.sheet,
        sheets.map((s) => s.name),
      );
      const named = { ...chart, sheet: name };
      const own = sheets.filter((s) => !madeHere(s));
      const roster = rosterOf(
        named,
        own.map((s) => s.grid),
      );
      const file = own.find((s) => s.grid === roster)?.file ?? 0;
      sheets.push({ name, file, grid: chartGrid(named), chart: named, madeAs: chart.sheet });
      active = name;
      return name;
    },

    // Never over a sheet: a second 签到表 is 签到表(2), as in Excel.
    writePrintTable: async (table) => {
      const name = freeSheetName(
        table.grid.sheet,
        sheets.map((s) => s.name),
      );
      sheets.push({ name, file: 0, grid: { ...table.grid, sheet: name }, printed: table });
      active = name;
      return name;
    },

    swapCells: async (name, a, b) => {
      const sheet = sheetNamed(name);
      const [pa, pb] = [parseAddress(a.address)!, parseAddress(b.address)!];
      const refused = swapRefused(name, a, b, (await textsAt(sheet, [pa, pb])) as [string, string]);
      if (refused) throw refused;
      write(sheet, [
        { ...pa, value: b.value || null },
        { ...pb, value: a.value || null },
      ]);
    },

    applyFix: async (fix: CellFix) => writeChecked(fix.sheet, fix.cell, fix.before, fix.after),
    undoFix: async (fix: CellFix) => writeChecked(fix.sheet, fix.cell, fix.after, fix.before),

    loadSettings: async () => {
      const stored = storage?.getItem(SETTINGS_KEY);
      if (!stored) return null;
      try {
        return JSON.parse(stored) as unknown;
      } catch {
        return null; // unreadable settings: checked with the defaults
      }
    },

    saveSettings: async (config) => {
      if (!storage) throw new HostError("这个浏览器不允许本页保存设置（可能处于无痕模式）", "ApiNotFound");
      if (config === null) storage.removeItem(SETTINGS_KEY);
      else storage.setItem(SETTINGS_KEY, JSON.stringify(config));
    },

    selfTest: async (testOptions = {}) => ({
      host: "文件模式",
      version: "不适用",
      platform: typeof navigator === "undefined" ? "未知" : navigator.userAgent,
      ranAt: localTime((testOptions.date ?? (() => new Date()))()),
      steps: [],
      scratchRemoved: true,
      scratch: "无：文件模式只改内存中的副本，打开的文件不会被改动，无需自检",
    }),

    fileOf: (name) => {
      const sheet = sheets.find((s) => s.name === name);
      return sheet && files[sheet.file]?.fileName;
    },

    chartOf: (name) => sheets.find((s) => s.name === name)?.chart,

    isHeld: (name) => !!sheets.find((s) => s.name === name)?.held,

    sheetsToCheck: (grids) =>
      grids.map((grid) => {
        const sheet = sheets.find((s) => s.name === grid.sheet);
        const file = (sheet && files[sheet.file]?.fileName) ?? "";
        return sheet?.held ? { file, held: heldOf(sheet) } : { file, grid };
      }),

    previewRows: async (name, address) => {
      const sheet = sheetNamed(name);
      if (!sheet.held) return previewRows({ ...sheet.grid, sheet: name }, address);
      if (!options.heldRows) throw new HostError(`工作表“${name}”的内容不在本页`, "InvalidArgument");
      return options.heldRows(heldOf(sheet), address);
    },

    downloadChart: async (name) => {
      const sheet = sheetNamed(name);
      if (!sheet.chart) throw new HostError(`工作表“${name}”不是这里生成的座次图`, "InvalidArgument");
      const file = files[sheet.file];
      const own = sheets.filter((s) => s.file === sheet.file && !madeHere(s)).map((s) => s.grid);
      const roster = rosterOf(sheet.chart, own);
      const pending: PendingFile = {
        fileName: file?.fileName ?? `${sheet.chart.sheet}.xlsx`,
        bytes: file ? file.bytes : async () => new Uint8Array(),
        // Only the 名单 goes with the chart: the rest of the file is not in its workbook.
        grids: roster ? [roster] : [],
        marks: new Map(),
        writes: new Map(),
        report: null,
        // Its own workbook: the chart's sheet has the name it was asked for, not the one this workbook's sheets left.
        charts: [{ ...sheet.chart, sheet: sheet.madeAs ?? sheet.chart.sheet }],
      };
      const [made] = await (options.downloads ?? fileDownloads)([pending]);
      return made;
    },

    downloadTable: async (name) => {
      const sheet = sheetNamed(name);
      if (!sheet.printed) throw new HostError(`工作表“${name}”不是这里生成的表格`, "InvalidArgument");
      const bytes = await printTableWorkbook({
        ...sheet.printed,
        grid: { ...sheet.grid, sheet: sheet.printed.grid.sheet },
      });
      return { fileName: `${name}.xlsx`, bytes, type: XLSX_TYPE };
    },

    downloads: (only) => {
      const pending: PendingFile[] = files.flatMap((file, index) => {
        if (only !== undefined && file.fileName !== only) return [];
        const own = sheets.filter((s) => s.file === index && !madeHere(s));
        const original = new Map(own.map((s) => [s.name, s.grid.sheet]));
        const renamed = (name: string) => original.get(name);
        return [
          {
            ...file,
            held: own.filter((s) => s.held).map((s) => s.grid.sheet),
            grids: own.map((s) => s.grid),
            marks: new Map(
              [...marks].filter(([name]) => renamed(name)).map(([name, cells]) => [renamed(name)!, cells]),
            ),
            writes: new Map(
              [...writes].filter(([name, w]) => renamed(name) && w.size > 0).map(([name, w]) => [renamed(name)!, w]),
            ),
            appended: new Map([...appended].filter(([name]) => renamed(name)).map(([name, a]) => [renamed(name)!, a])),
            // A row on another file's sheet (a 名单 opened beside) stays in the report, under the name the pane showed.
            report: report && {
              ...report.content,
              rows: report.content.rows.map((row) => ({ ...row, sheet: renamed(row.sheet) ?? row.sheet })),
            },
            charts: [],
          },
        ];
      });
      return (options.downloads ?? fileDownloads)(pending);
    },
  };
}
