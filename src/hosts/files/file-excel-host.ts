import { type ReportContent, reportSheetName } from "../../core/report/report";
import type { CellFix, Severity } from "../../core/rules/finding";
import type { SeatingChart } from "../../core/seating/chart";
import { chartGrid } from "../../core/seating/swap";
import { type CellValue, type Grid, cellAddress, parseAddress } from "../../core/table/grid";
import { type ExcelHost, SETTINGS_KEY, freeSheetName } from "../excel/excel-host";
import { HostError } from "../office/host-error";
import { cancelledCheck, cellChanged, sheetGone, swapRefused, targetNotEmpty } from "../office/host-messages";
import { localTime } from "../office/self-test-report";
import type { PrintTable } from "../../core/look/print-table";
import { XLSX_TYPE } from "./download";
import { type FileDownload, type PendingFile, fileDownloads, rosterOf } from "./file-excel-downloads";
import { printTableWorkbook } from "./print-table-workbook";

export type { FileDownload };

/** A workbook the user opened in the browser: only ever read. */
export interface OpenedWorkbook {
  fileName: string;
  bytes: () => Promise<Uint8Array>;
  grids: Grid[];
}

/** Where the settings are kept between visits: the browser's localStorage, per site. */
export type SettingsStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface FileExcelHostOptions {
  /** Shows a cell (the preview scrolls to it): what selecting a finding's cell does in file mode. */
  onSelect?: (sheet: string, address: string) => void;
  storage?: SettingsStorage | null;
  /** Makes the downloads; by default on this page (file mode passes the worker's). */
  downloads?: typeof fileDownloads;
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
 * are never changed.
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
    })),
  );
  let active = sheets[0]?.name ?? "";
  let marks = new Map<string, Map<string, Severity>>();
  let report: { name: string; content: ReportContent } | null = null;
  /** Per sheet: the cells written, with whether each is a date. */
  const writes = new Map<string, Map<string, { value: CellValue; date: boolean }>>();

  const sheetNamed = (name: string) => {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw sheetGone(name);
    return sheet;
  };
  const origin = (grid: Grid) => grid.origin ?? { row: 0, col: 0 };
  const valueAt = (sheet: Sheet, row: number, col: number) =>
    sheet.grid.rows[row - origin(sheet.grid).row]?.[col - origin(sheet.grid).col];
  /** Writes cells into a new copy of the sheet's rows: grids a read returned earlier stay as they were. */
  const write = (sheet: Sheet, cells: { row: number; col: number; value: CellValue; date?: boolean }[]) => {
    const at = origin(sheet.grid);
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
  const writeChecked = (name: string, address: string, expected: string, value: string) => {
    const sheet = sheetNamed(name);
    const at = parseAddress(address)!;
    const current = text(valueAt(sheet, at.row, at.col));
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
      const cells = rows.flatMap((row, r) =>
        row.map((value, c) => ({ row: at.row + r, col: at.col + c, value, date: dateColumns.includes(c) })),
      );
      if (cells.some((cell) => text(valueAt(sheet, cell.row, cell.col)) !== "")) throw targetNotEmpty(name, at.row);
      write(
        sheet,
        cells.filter((cell) => cell.value !== null && cell.value !== ""),
      );
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
      const refused = swapRefused(name, a, b, [
        text(valueAt(sheet, pa.row, pa.col)),
        text(valueAt(sheet, pb.row, pb.col)),
      ]);
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
            grids: own.map((s) => s.grid),
            marks: new Map(
              [...marks].filter(([name]) => renamed(name)).map(([name, cells]) => [renamed(name)!, cells]),
            ),
            writes: new Map(
              [...writes].filter(([name, w]) => renamed(name) && w.size > 0).map(([name, w]) => [renamed(name)!, w]),
            ),
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
