import { type ReportContent, reportSheetName } from "../../core/report/report";
import { REPORT_LOOKS, REPORT_PAGE, reportSheet } from "../../core/report/report-sheet";
import type { CellFix, Severity } from "../../core/rules/finding";
import type { SeatingChart } from "../../core/seating/chart";
import {
  CHART_LOOKS,
  CHART_PAGE,
  type ChartLook,
  chartColumnWidths,
  chartRowHeight,
} from "../../core/seating/chart-look";
import type { CellValue, Grid } from "../../core/table/grid";
import { PRINT_TABLE_LOOKS, type PrintTable, printTablePage, printTableRowHeight } from "../../core/look/print-table";
import { type Capabilities, type SetSupported, capabilities, unsupportedMessage } from "../office/capabilities";
import { HostError, guardedRun, officeSetSupported } from "../office/host-error";
import { cancelledCheck, cellChanged, sheetProtected, swapRefused, targetNotEmpty } from "../office/host-messages";
import { type ClearedMarks, LEGACY_RECORD_SHEET, type MarkedCells, clearMarks, discardMarks, markCells } from "./marks";
import { setExcelLook, setExcelPage, setExcelWidths } from "./excel-looks";
import { REQUEST_BUDGET_BYTES, batchesByPayload, requestBytes } from "./request-budget";
import type { SelfTestOptions, SelfTestReport } from "../office/self-test-report";

export type { ClearedMarks, MarkedCells };

/** Cells a block read asks for: well under the 5 MB response limit of Excel on the web. */
export const BLOCK_CELLS = 100_000;

export interface ReadOptions {
  activeOnly?: boolean;
  /** Only the sheets of these names (a 座次图 after a swap): the others are not read at all. */
  sheets?: readonly string[];
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** What the Excel pane asks of Excel; the pane never calls Office.js itself. */
export interface ExcelHost {
  readWorkbook(options?: ReadOptions): Promise<Grid[]>;
  /** Null where merged areas are read as Excel shows them; else why they may be misread (ExcelApi below 1.13). */
  mergedAreasCaveat(): string | null;
  selectCell(sheet: string, address: string): Promise<void>;
  markCells(marks: Map<string, Map<string, Severity>>): Promise<MarkedCells>;
  clearMarks(): Promise<ClearedMarks>;
  /** Forgets the marks' record (after it was found damaged) without changing any cell. */
  discardMarks(): Promise<void>;
  writeReport(content: ReportContent): Promise<string>;
  /**
   * Writes `rows` into the empty cells from sheet row `at.row`, column `at.col` (0-based) down: text as text,
   * `dateColumns` (relative to `at.col`) as dates. Refuses a protected sheet or a target that holds anything.
   */
  appendRows(
    sheet: string,
    at: { row: number; col: number },
    rows: CellValue[][],
    dateColumns: number[],
  ): Promise<void>;
  /**
   * Writes a 座次图 to a new sheet (座次图, else 座次图(2)…; never over an existing sheet): its values as text, the
   * title and 主席台 band merged, seats and labels bordered, the band grey, A4 landscape fitted to one page where
   * the Office has page layout. Before ExcelApi 1.20 this clears Excel's undo history (office/undo.ts). Returns the
   * new sheet's name.
   */
  writeSeatingChart(chart: SeatingChart): Promise<string>;
  /**
   * Writes a table to print (签到表, 参会名单) to a new sheet named after its grid (签到表, else 签到表(2)…; never over
   * an existing sheet): values as text, its title rows merged, the print look (core/look/print-table.ts: header bold,
   * cells bordered, rows tall enough to sign), A4 with the header row repeated on each page where the Office has page
   * layout. Guarded and warned about as writeSeatingChart. Returns the new sheet's name.
   */
  writePrintTable(table: PrintTable): Promise<string>;
  /**
   * Swaps the values of two cells of a sheet in one sync, only if they still hold what the user saw (`a.value`,
   * `b.value`): if either was changed since, both are put back and nothing is swapped.
   */
  swapCells(sheet: string, a: { address: string; value: string }, b: { address: string; value: string }): Promise<void>;
  applyFix(fix: CellFix): Promise<void>;
  undoFix(fix: CellFix): Promise<void>;
  /** The check settings stored with this workbook (the shape of huiwu.config.json), or null. */
  loadSettings(): Promise<unknown>;
  /** Stores the settings with the workbook; null removes them. */
  saveSettings(config: object | null): Promise<void>;
  /** 自检: every capability above on a scratch sheet it adds and deletes (self-test.ts); the user's sheets untouched. */
  selfTest(options?: SelfTestOptions): Promise<SelfTestReport>;
}

/** The part of Office's document settings the pane uses: kept inside the workbook file, per add-in. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void;
}

export const SETTINGS_KEY = "huiwu.config";

function officeDocumentSettings(): DocumentSettings | null {
  return typeof Office !== "undefined" ? ((Office.context?.document?.settings as DocumentSettings) ?? null) : null;
}

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface Block {
  grid: Grid;
  used: Excel.Range;
  /** First row of the block within the used range, and how many rows it holds. */
  at: number;
  count: number;
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function isPayloadTooLarge(error: unknown): boolean {
  return PAYLOAD_CODES.has((error as { code?: string })?.code ?? "");
}

/** The first of 座次图, 座次图(2), 座次图(3)… that no sheet is named (Excel compares sheet names ignoring case). */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}(${n})`.toLowerCase())) return `${base}(${n})`;
}

/** Each row's runs of neighbouring cells of one look: one range each, so a chart takes a few dozen calls. */
function lookRuns(chart: SeatingChart): { row: number; col: number; count: number; look: ChartLook }[] {
  const runs: { row: number; col: number; count: number; look: ChartLook }[] = [];
  chart.cells.forEach((looks, row) => {
    looks.forEach((look, col) => {
      if (!look) return;
      const last = runs.at(-1);
      if (last && last.row === row && last.look === look && last.col + last.count === col) last.count++;
      else runs.push({ row, col, count: 1, look });
    });
  });
  return runs;
}

/** The number format of an appended cell: text stays text (a matter that starts with = is no formula), a date a date. */
export function appendedFormat(value: CellValue, dateColumn: boolean): string {
  return dateColumn && typeof value === "number" ? "yyyy/m/d" : typeof value === "string" ? "@" : "General";
}

/** Why no sheet can be added: the workbook's structure is protected (Excel and WPS 表格 alike). */
export const workbookProtected = () =>
  new HostError("工作簿结构受保护，无法新建工作表。请先撤销工作簿保护再试", "AccessDenied");

/** A new sheet, named by `nameFor` from the names the workbook's sheets have. */
async function addSheet(
  context: Excel.RequestContext,
  nameFor: (existing: string[]) => string,
): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = nameFor(sheets.items.map((s) => s.name));
  return { sheet: sheets.add(name), name };
}

function abortIfAsked(signal?: AbortSignal): void {
  if (signal?.aborted) throw cancelledCheck();
}

export function createExcelHost(
  run: ExcelRun = (batch) => Excel.run(batch),
  isSetSupported: SetSupported = officeSetSupported,
  documentSettings: () => DocumentSettings | null = officeDocumentSettings,
): ExcelHost {
  const guarded = guardedRun<Excel.RequestContext>(run);
  const office = capabilities(isSetSupported);

  return {
    mergedAreasCaveat: () =>
      office.has("excelMergedAreas")
        ? null
        : `${unsupportedMessage("excelMergedAreas")}：合并单元格只按左上角的值读取，其余按空单元格读，涉及合并单元格的结果可能有误`,

    readWorkbook: ({ activeOnly = false, sheets: only, onProgress, signal } = {}) =>
      guarded(async (context) => {
        office.require("excelRead");
        const sheets = activeOnly ? [context.workbook.worksheets.getActiveWorksheet()] : null;
        const collection = context.workbook.worksheets;
        collection.load("items/name,items/visibility");
        if (sheets) sheets[0].load("name,visibility");
        await context.sync();
        const visible = (sheets ?? collection.items).filter(
          (s) => s.visibility === "Visible" && s.name !== LEGACY_RECORD_SHEET && (!only || only.includes(s.name)),
        );
        const mergesSupported = office.has("excelMergedAreas");
        const used = visible.map((sheet) => {
          const range = sheet.getUsedRangeOrNullObject(true);
          range.load("rowIndex,columnIndex,rowCount,columnCount");
          const merges = mergesSupported ? range.getMergedAreasOrNullObject() : null;
          merges?.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
          return { sheet, range, merges };
        });
        await context.sync();
        const grids: Grid[] = [];
        const blocks: Block[] = [];
        for (const { sheet, range, merges } of used) {
          if (range.isNullObject) continue;
          const grid: Grid = {
            sheet: sheet.name,
            rows: [],
            origin: { row: range.rowIndex, col: range.columnIndex },
            merges: [],
          };
          if (merges && !merges.isNullObject) {
            grid.merges = merges.areas.items.map((area) => ({
              top: area.rowIndex - range.rowIndex,
              left: area.columnIndex - range.columnIndex,
              bottom: area.rowIndex - range.rowIndex + area.rowCount - 1,
              right: area.columnIndex - range.columnIndex + area.columnCount - 1,
            }));
          }
          const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, range.columnCount)));
          for (let at = 0; at < range.rowCount; at += rowsPerBlock) {
            blocks.push({ grid, used: range, at, count: Math.min(rowsPerBlock, range.rowCount - at) });
          }
          grids.push(grid);
        }
        // One sync a block: each response stays far below the 5 MB limit, and the user can cancel between blocks.
        // A block the host still finds too large (long texts) is split in two and read again.
        let done = 0;
        while (blocks.length > 0) {
          abortIfAsked(signal);
          const block = blocks.shift()!;
          const rows = block.used.getCell(block.at, 0).getResizedRange(block.count - 1, block.used.columnCount - 1);
          rows.load("values");
          try {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per block is the design: bounded payloads, progress and cancel
            await context.sync();
          } catch (error) {
            if (!isPayloadTooLarge(error) || block.count === 1) throw error;
            const half = Math.ceil(block.count / 2);
            blocks.unshift({ ...block, count: half }, { ...block, at: block.at + half, count: block.count - half });
            continue;
          }
          const values = rows.values as CellValue[][];
          values.forEach((row, r) => (block.grid.rows[block.at + r] = row.map((v) => (v === "" ? null : v))));
          onProgress?.(++done, done + blocks.length);
        }
        return grids;
      }),

    loadSettings: async () => documentSettings()?.get(SETTINGS_KEY) ?? null,

    saveSettings: (config) =>
      new Promise<void>((resolve, reject) => {
        const settings = documentSettings();
        if (!settings) return reject(new HostError("当前 Office 不支持在工作簿中保存设置", "ApiNotFound"));
        if (config === null) settings.remove(SETTINGS_KEY);
        else settings.set(SETTINGS_KEY, config);
        settings.saveAsync((result) =>
          result.status === "succeeded"
            ? resolve()
            : reject(new HostError(`设置未能保存到工作簿：${result.error?.message ?? "原因不明"}`, "SaveFailed")),
        );
      }),

    selectCell: (sheet, address) =>
      guarded(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),

    markCells: (marks) =>
      guarded(async (context) => {
        office.require("excelMark");
        return markCells(context, marks);
      }),

    clearMarks: () =>
      guarded(async (context) => {
        office.require("excelMark");
        return clearMarks(context);
      }),

    discardMarks: () =>
      guarded(async (context) => {
        office.require("excelMark");
        return discardMarks(context);
      }),

    writeReport: (content) =>
      guarded(async (context) => {
        office.require("excelReport");
        const { sheet, name } = await addSheet(context, reportSheetName);
        const report = reportSheet(content);
        const { rows: all, columns, headerRow } = report;
        const links = new Map(report.links.map((link) => [link.row, link]));
        const linkOf = (r: number) => {
          const link = links.get(r);
          return link ? { documentReference: link.target, textToDisplay: link.text } : null;
        };
        const text = (row: unknown[]) => row.map(() => "@");
        // The rows go in blocks that keep each request under Excel on the web's limit (a report of every finding of
        // a large register can pass 5 MB in one); the first block goes with the new sheet.
        const blocks = batchesByPayload(
          all.map((_, r) => r),
          (r) => requestBytes(0, all[r], text(all[r])) + (linkOf(r) ? requestBytes(4, linkOf(r)) : 0),
          REQUEST_BUDGET_BYTES - requestBytes(10),
        );
        try {
          for (const block of blocks) {
            const table = sheet.getRangeByIndexes(block[0], 0, block.length, columns);
            const part = block.map((r) => all[r]);
            // Text format first: a sheet named =1+1 or a message that starts with the user's -5 stays text, never a formula.
            table.numberFormat = part.map(text);
            table.values = part;
            for (const r of block) {
              const link = linkOf(r);
              if (link) sheet.getRangeByIndexes(r, 1, 1, 1).hyperlink = link;
            }
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per budget-sized block
            await context.sync();
          }
        } catch (error) {
          // A report cut short is no report: the sheet goes.
          sheet.delete();
          await context.sync().catch(() => undefined);
          throw error;
        }
        for (const area of report.areas) {
          const range = sheet.getRangeByIndexes(
            area.top,
            area.left,
            area.bottom - area.top + 1,
            area.right - area.left + 1,
          );
          setExcelLook(range, REPORT_LOOKS[area.look]);
        }
        setExcelWidths(sheet, report.widths);
        if (office.has("excelReportPrint")) {
          sheet.freezePanes.freezeRows(headerRow + 1);
          setExcelPage(sheet, REPORT_PAGE);
          sheet.pageLayout.setPrintTitleRows(`$${headerRow + 1}:$${headerRow + 1}`);
        }
        sheet.activate();
        await context.sync();
        return name;
      }),

    writeSeatingChart: (chart) =>
      guarded(async (context) => {
        office.require("excelSeating");
        const { sheet, name } = await addSheet(context, (existing) => freeSheetName(chart.sheet, existing));
        const columns = chart.width + 1;
        const rows = chart.rows.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? ""));
        const all = sheet.getRangeByIndexes(0, 0, rows.length, columns);
        // Text format first: a name stays a name, never a number or a formula.
        all.numberFormat = rows.map((row) => row.map(() => "@"));
        all.values = rows;
        for (const m of chart.merges)
          sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
        const merged = (run: { row: number; col: number }) =>
          chart.merges.some((m) => m.top === run.row && m.left <= run.col && run.col <= m.right);
        for (const run of lookRuns(chart)) {
          const range = sheet.getRangeByIndexes(run.row, run.col, 1, run.count);
          setExcelLook(range, CHART_LOOKS[run.look], merged(run) ? undefined : { rows: 1, columns: run.count });
        }
        chart.cells.forEach((looks, row) => {
          sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = chartRowHeight(looks);
        });
        setExcelWidths(sheet, chartColumnWidths(chart));
        if (office.has("excelSeatingPrint")) setExcelPage(sheet, CHART_PAGE);
        sheet.activate();
        await context.sync();
        return name;
      }),

    writePrintTable: (table) =>
      guarded(async (context) => {
        office.require("excelPrintTable");
        // Read in addSheet's round trip: a protected workbook is refused before anything is added.
        const protection = context.workbook.protection;
        protection.load("protected");
        const { sheet, name } = await addSheet(context, (existing) => {
          if (protection.protected) throw workbookProtected();
          return freeSheetName(table.grid.sheet, existing);
        });
        const { rows: grid, merges = [] } = table.grid;
        const columns = Math.max(1, ...grid.map((row) => row.length));
        const rows = grid.map((row) =>
          Array.from({ length: columns }, (_, c) => (row[c] === null || row[c] === undefined ? "" : String(row[c]))),
        );
        const all = sheet.getRangeByIndexes(0, 0, rows.length, columns);
        // Text format first: a name stays a name, never a number or a formula.
        all.numberFormat = rows.map((row) => row.map(() => "@"));
        all.values = rows;
        for (const m of merges)
          sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
        table.looks.forEach((looks, row) => {
          const look = looks[0];
          if (look) {
            const merged = merges.some((m) => m.top === row && m.left === 0);
            const range = sheet.getRangeByIndexes(row, 0, 1, columns);
            setExcelLook(range, PRINT_TABLE_LOOKS[look], merged ? undefined : { rows: 1, columns });
          }
          sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = printTableRowHeight(table, row);
        });
        setExcelWidths(sheet, table.widths);
        if (office.has("excelPrintTablePrint")) {
          setExcelPage(sheet, printTablePage(!!table.landscape));
          sheet.pageLayout.setPrintTitleRows(`$${table.headerRow + 1}:$${table.headerRow + 1}`);
        }
        sheet.activate();
        await context.sync();
        return name;
      }),

    swapCells: (sheet, a, b) =>
      guarded(async (context) => {
        office.require("excelSwapCells");
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const first = worksheet.getRange(a.address);
        const second = worksheet.getRange(b.address);
        // Queued before the writes, the loads read the cells as they were; one round trip swaps them.
        first.load("values");
        second.load("values");
        /* eslint-disable office-addins/call-sync-after-load -- a write, not a read: it is queued after the loads on purpose */
        first.values = [[b.value]];
        second.values = [[a.value]];
        /* eslint-enable office-addins/call-sync-after-load */
        await context.sync();
        const was = [String(first.values[0][0] ?? ""), String(second.values[0][0] ?? "")] as const;
        const refused = swapRefused(sheet, a, b, was);
        if (!refused) return;
        // Changed since the check: put back what was there, and say so.
        const before = [first.values[0][0], second.values[0][0]];
        first.values = [[before[0]]];
        second.values = [[before[1]]];
        await context.sync();
        throw refused;
      }),

    appendRows: (sheet, at, rows, dateColumns) =>
      guarded(async (context) => {
        office.require("excelAppend");
        const width = Math.max(1, ...rows.map((row) => row.length));
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const target = worksheet.getRangeByIndexes(at.row, at.col, rows.length, width);
        target.load("values");
        worksheet.load("protection/protected");
        await context.sync();
        if (worksheet.protection.protected) throw sheetProtected(sheet, "追加");
        if (target.values.some((row) => row.some((v) => v !== "" && v !== null))) throw targetNotEmpty(sheet, at.row);
        const full = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
        // Text stays text (a matter that starts with = is no formula); a deadline shows as a date.
        target.numberFormat = full.map((row) => row.map((v, c) => appendedFormat(v, dateColumns.includes(c))));
        target.values = full;
        target.getCell(0, 0).select();
        await context.sync();
      }),

    // Loaded when asked for: the 自检 is used once, and stays out of the pane's first screen.
    selfTest: async (options) =>
      (await import(/* webpackChunkName: "self-test" */ "./self-test")).runExcelSelfTest(
        run,
        isSetSupported,
        documentSettings,
        options,
      ),

    applyFix: (fix) => writeChecked(guarded, office, fix.sheet, fix.cell, fix.before, fix.after),
    undoFix: (fix) => writeChecked(guarded, office, fix.sheet, fix.cell, fix.after, fix.before),
  };
}

/**
 * Writes a cell only if it still holds what the user saw, so a fix never overwrites a later edit. Where the Office
 * can tell (ExcelApi 1.2), a protected sheet is refused first with a way out; in Office 2016 Excel refuses the write.
 */
async function writeChecked(
  guarded: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  office: Capabilities,
  sheet: string,
  address: string,
  expected: string,
  value: string,
): Promise<void> {
  await guarded(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const range = worksheet.getRange(address);
    range.load("values");
    const protectionReadable = office.has("excelSheetProtection");
    if (protectionReadable) worksheet.load("protection/protected");
    await context.sync();
    if (protectionReadable && worksheet.protection.protected) throw sheetProtected(sheet, "修改");
    const current = String(range.values[0][0] ?? "");
    if (current !== expected) throw cellChanged(sheet, address, current);
    // A fix writes text: as text it stays (０１０… becomes 010…, not the number 10…; =… is no formula).
    range.numberFormat = [["@"]];
    range.values = [[value]];
    await context.sync();
  });
}
