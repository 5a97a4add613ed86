import { type ReportContent, reportSheetName } from "../../core/report/report";
import { REPORT_LOOKS, REPORT_PAGE, quotedSheet, reportSheet } from "../../core/report/report-sheet";
import type { SeatingChart } from "../../core/seating/chart";
import { CHART_LOOKS, CHART_PAGE, chartColumnWidths, chartRowHeight } from "../../core/seating/chart-look";
import { PRINT_TABLE_LOOKS, type PrintTable, printTablePage, printTableRowHeight } from "../../core/look/print-table";
import { type Grid, type MergedArea, parseAddress } from "../../core/table/grid";
import { BLOCK_CELLS, type ExcelHost, appendedFormat, freeSheetName, workbookProtected } from "../excel/excel-host";
import {
  MARKS_NAMESPACE,
  cellsToColour,
  isMarkName,
  type Mark,
  markOf,
  markRecordXml,
  parseMarkRecord,
  type SavedFill,
  stillMarked,
} from "../excel/mark-record";
import { type ClearedMarks, LEGACY_RECORD_SHEET, type MarkedCells } from "../excel/marks";
import { jsonPartValue, jsonPartXml } from "../../core/xml/json-part";
import { HostError } from "../office/host-error";
import {
  cancelledCheck,
  cellChanged,
  legacyRecordCorrupt,
  sheetGone,
  sheetProtected,
  swapRefused,
  targetNotEmpty,
} from "../office/host-messages";
import { guarded } from "./guarded";
import {
  type EtApplication,
  type EtInterior,
  type EtName,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
  type KsoCustomXMLParts,
  XL_PATTERN,
  XL_SHEET,
} from "./wps-api";
import { fromBgr, setEtLook, setEtPage, toBgr } from "./et-looks";
import { readBlock, readCell } from "./value2";

/**
 * The Excel pane's host in WPS 表格, over WPS's synchronous object model. What it keeps in the workbook:
 * - marks: as in Excel, a hidden workbook name per marked cell (Names.Add(…, Visible = false), which WPS keeps
 *   pointing at the cell through inserted rows and renamed sheets) and the record of the original fills in a custom
 *   XML part (Workbook.CustomXMLParts) of the same namespace and shape as the Excel host's, so a workbook marked in
 *   one can be cleared in the other;
 * - settings: a custom XML part of its own namespace. A custom document property would not do: VBA limits a text
 *   property to 255 characters. (Excel keeps them in the add-in's document settings, which WPS cannot read.)
 */
export const SETTINGS_NAMESPACE = "urn:huiwu:settings:1";

export { fromBgr, toBgr };

const PATTERN_NAMES = new Map<number, string>(Object.entries(XL_PATTERN).map(([name, n]) => [n, name]));

/** A cell's fill in the record's terms (Excel's names: "#RRGGBB", "Solid", "None"). */
function savedFill(interior: EtInterior): SavedFill {
  const pattern = PATTERN_NAMES.get(Number(interior.Pattern)) ?? "Solid";
  if (pattern === "None") return { pattern: "None" };
  return { color: fromBgr(Number(interior.Color)), pattern, tintAndShade: Number(interior.TintAndShade) || 0 };
}

function restoreFill(interior: EtInterior, fill: SavedFill): void {
  if (fill.pattern === "None" || !fill.color) {
    interior.Pattern = XL_PATTERN.None;
    return;
  }
  interior.Pattern = XL_PATTERN[fill.pattern as keyof typeof XL_PATTERN] ?? XL_PATTERN.Solid;
  interior.Color = toBgr(fill.color);
  if (typeof fill.tintAndShade === "number") interior.TintAndShade = fill.tintAndShade;
}

/** "B3" as an absolute reference ($B$3). */
const absolute = (cell: string) => cell.replace(/^\$?([A-Z]+)\$?(\d+)$/i, "$$$1$$$2");

/** Lets the pane paint (progress, a cancel click) between blocks: WPS's calls block the page while they run. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function sheetsOf(book: EtWorkbook): EtWorksheet[] {
  const sheets: EtWorksheet[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++) sheets.push(book.Worksheets.Item(i));
  return sheets;
}

function findSheet(book: EtWorkbook, name: string): EtWorksheet | null {
  return sheetsOf(book).find((s) => s.Name === name) ?? null;
}

function sheetNamed(book: EtWorkbook, name: string): EtWorksheet {
  const sheet = findSheet(book, name);
  if (!sheet) throw sheetGone(name);
  return sheet;
}

/** A new last sheet, named by `nameFor` from the names the workbook's sheets have. */
function addSheet(book: EtWorkbook, nameFor: (existing: string[]) => string): { sheet: EtWorksheet; name: string } {
  const existing = sheetsOf(book);
  const name = nameFor(existing.map((s) => s.Name));
  const sheet = book.Worksheets.Add(null, existing.at(-1) ?? null);
  sheet.Name = name;
  return { sheet, name };
}

/** The range of `rows` × `columns` cells from the 1-based row and column. */
function block(sheet: EtWorksheet, row: number, column: number, rows: number, columns: number): EtRange {
  return sheet.Range(sheet.Cells.Item(row, column), sheet.Cells.Item(row + rows - 1, column + columns - 1));
}

/**
 * The merged areas within the used range, relative to it. WPS has no call that lists them, so the used range is
 * asked block by block, then row by row, whether it holds merged cells (MergeCells is false where none is), and
 * only rows that do are walked cell by cell.
 */
function mergedAreas(sheet: EtWorksheet, used: EtRange, rowsPerBlock: number): MergedArea[] {
  const top = used.Row;
  const left = used.Column;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  const areas: MergedArea[] = [];
  const covered = new Set<string>();
  for (let at = 0; at < rows; at += rowsPerBlock) {
    const count = Math.min(rowsPerBlock, rows - at);
    if (block(sheet, top + at, left, count, columns).MergeCells === false) continue;
    for (let r = at; r < at + count; r++) {
      if (block(sheet, top + r, left, 1, columns).MergeCells === false) continue;
      for (let c = 0; c < columns; c++) {
        if (covered.has(`${r},${c}`)) continue;
        const cell = sheet.Cells.Item(top + r, left + c);
        if (cell.MergeCells !== true) continue;
        const area = cell.MergeArea;
        const merged = {
          top: area.Row - top,
          left: area.Column - left,
          bottom: area.Row - top + area.Rows.Count - 1,
          right: area.Column - left + area.Columns.Count - 1,
        };
        areas.push(merged);
        for (let y = merged.top; y <= merged.bottom; y++)
          for (let x = merged.left; x <= merged.right; x++) covered.add(`${y},${x}`);
      }
    }
  }
  return areas;
}

/** The one part of a namespace, or null. */
function partOf(parts: KsoCustomXMLParts, namespace: string) {
  const found = parts.SelectByNamespace(namespace);
  return found && found.Count > 0 ? found.Item(1) : null;
}

function refusedIfProtected(sheet: EtWorksheet, doing: string): void {
  if (sheet.ProtectContents) throw sheetProtected(sheet.Name, doing);
}

export function createWpsExcelHost(app: EtApplication): ExcelHost {
  const book = (): EtWorkbook => {
    const workbook = app.ActiveWorkbook;
    if (!workbook) throw new HostError("WPS 表格中没有打开的工作簿，请先打开要检查的工作簿", "ItemNotFound");
    return workbook;
  };

  /**
   * Puts back the fill each marked cell had, wherever its name now points; a cell whose fill the user changed since
   * keeps the user's fill. Removes the names and the record.
   */
  const clearMarks = async (): Promise<ClearedMarks> => {
    const workbook = book();
    const cleared: ClearedMarks = { restored: 0, kept: 0, gone: 0 };
    const legacy = findSheet(workbook, LEGACY_RECORD_SHEET);
    if (legacy) cleared.restored += restoreLegacy(workbook, legacy);
    const part = partOf(workbook.CustomXMLParts, MARKS_NAMESPACE);
    if (!part) return cleared;
    const record = await parseMarkRecord(part.XML);
    for (const mark of record.marks) {
      let name: EtName | null = null;
      let range: EtRange | null = null;
      try {
        name = workbook.Names.Item(mark.name);
        range = name.RefersToRange;
      } catch {
        // No such name, or its cell was deleted (#REF!): nothing to put back.
      }
      if (name) name.Delete();
      if (!range || range.Count !== 1) {
        cleared.gone++;
        continue;
      }
      if (!stillMarked(savedFill(range.Interior), mark)) {
        cleared.kept++;
        continue;
      }
      restoreFill(range.Interior, mark.fill);
      cleared.restored++;
    }
    part.Delete();
    return cleared;
  };

  return {
    // Each merged area is read as WPS shows it (mergedAreas): nothing to warn about.
    mergedAreasCaveat: () => null,

    readWorkbook: ({ activeOnly = false, sheets: only, onProgress, signal } = {}) =>
      guarded(async () => {
        const workbook = book();
        const sheets = (activeOnly ? [workbook.ActiveSheet] : sheetsOf(workbook)).filter(
          (s) =>
            Number(s.Visible) === XL_SHEET.Visible &&
            s.Name !== LEGACY_RECORD_SHEET &&
            (!only || only.includes(String(s.Name))),
        );
        const plans = sheets.map((sheet) => {
          const used = sheet.UsedRange;
          const rows = used.Rows.Count;
          const columns = used.Columns.Count;
          const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, columns)));
          return { sheet, used, rows, columns, rowsPerBlock };
        });
        const total = plans.reduce((n, p) => n + Math.ceil(p.rows / p.rowsPerBlock), 0);
        const grids: Grid[] = [];
        let done = 0;
        for (const { sheet, used, rows, columns, rowsPerBlock } of plans) {
          // An empty sheet's used range is its A1, holding nothing.
          if (rows === 1 && columns === 1 && readCell(used) === null) continue;
          const grid: Grid = {
            sheet: sheet.Name,
            rows: [],
            origin: { row: used.Row - 1, col: used.Column - 1 },
            merges: mergedAreas(sheet, used, rowsPerBlock),
          };
          for (let at = 0; at < rows; at += rowsPerBlock) {
            if (signal?.aborted) throw cancelledCheck();
            const count = Math.min(rowsPerBlock, rows - at);
            grid.rows.push(...readBlock(block(sheet, used.Row + at, used.Column, count, columns), count, columns));
            onProgress?.(++done, total);
            await breathe();
          }
          grids.push(grid);
        }
        return grids;
      }),

    selectCell: (sheet, address) =>
      guarded(() => {
        const worksheet = sheetNamed(book(), sheet);
        worksheet.Activate();
        worksheet.Range(address).Select();
      }),

    markCells: (marks) =>
      guarded(async (): Promise<MarkedCells> => {
        const workbook = book();
        const { chosen, limited } = cellsToColour(marks);
        const sheets = new Map<string, EtWorksheet>();
        for (const m of chosen) if (!sheets.has(m.sheet)) sheets.set(m.sheet, sheetNamed(workbook, m.sheet));
        for (const sheet of sheets.values()) refusedIfProtected(sheet, "标注，未做任何改动");
        await clearMarks();
        const record: Mark[] = chosen.map((m, i) => {
          const range = sheets.get(m.sheet)!.Range(m.cell);
          const mark = markOf(i, m, savedFill(range.Interior));
          workbook.Names.Add(mark.name, `=${quotedSheet(m.sheet)}!${absolute(m.cell)}`, false);
          range.Interior.Pattern = XL_PATTERN.Solid;
          range.Interior.Color = toBgr(mark.colour);
          return mark;
        });
        workbook.CustomXMLParts.Add(markRecordXml({ v: 1, marks: record }));
        return { cells: record.length, limited };
      }),

    clearMarks: () => guarded(() => clearMarks()),

    // Loaded when asked for: the 自检 is used once, and stays out of the pane's first screen.
    selfTest: async (options) =>
      (await import(/* webpackChunkName: "self-test" */ "./self-test")).runEtSelfTest(app, options),

    discardMarks: () =>
      guarded(() => {
        const workbook = book();
        const names: string[] = [];
        for (let i = 1; i <= workbook.Names.Count; i++) names.push(workbook.Names.Item(i).Name);
        for (const name of names) if (isMarkName(name)) workbook.Names.Item(name).Delete();
        partOf(workbook.CustomXMLParts, MARKS_NAMESPACE)?.Delete();
        const legacy = findSheet(workbook, LEGACY_RECORD_SHEET);
        if (legacy) {
          legacy.Visible = XL_SHEET.Visible;
          legacy.Delete();
        }
      }),

    writeReport: (content: ReportContent) =>
      guarded(() => {
        const { sheet, name } = addSheet(book(), reportSheetName);
        const report = reportSheet(content);
        const table = block(sheet, 1, 1, report.rows.length, report.columns);
        // Text format first: a sheet named =1+1 or a message that starts with the user's -5 stays text.
        table.NumberFormat = "@";
        table.Value2 = report.rows;
        for (const area of report.areas) {
          const range = block(
            sheet,
            area.top + 1,
            area.left + 1,
            area.bottom - area.top + 1,
            area.right - area.left + 1,
          );
          setEtLook(range, REPORT_LOOKS[area.look]);
        }
        report.widths.forEach((width, col) => (sheet.Cells.Item(1, col + 1).ColumnWidth = width));
        for (const link of report.links)
          sheet.Hyperlinks.Add(sheet.Cells.Item(link.row + 1, link.col + 1), "", link.target, undefined, link.text);
        setEtPage(sheet, REPORT_PAGE);
        sheet.PageSetup.PrintTitleRows = `$${report.headerRow + 1}:$${report.headerRow + 1}`;
        sheet.Activate();
        return name;
      }),

    writeSeatingChart: (chart: SeatingChart) =>
      guarded(() => {
        const { sheet, name } = addSheet(book(), (existing) => freeSheetName(chart.sheet, existing));
        const columns = chart.width + 1;
        const rows = chart.rows.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? ""));
        const all = block(sheet, 1, 1, rows.length, columns);
        all.NumberFormat = "@";
        all.Value2 = rows;
        for (const m of chart.merges)
          block(sheet, m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1).Merge(false);
        // Cell by cell, so each seat is boxed on its own.
        chart.cells.forEach((looks, row) => {
          looks.forEach((look, col) => look && setEtLook(sheet.Cells.Item(row + 1, col + 1), CHART_LOOKS[look]));
          sheet.Cells.Item(row + 1, 1).RowHeight = chartRowHeight(looks);
        });
        chartColumnWidths(chart).forEach((width, col) => (sheet.Cells.Item(1, col + 1).ColumnWidth = width));
        setEtPage(sheet, CHART_PAGE);
        sheet.Activate();
        return name;
      }),

    writePrintTable: (table: PrintTable) =>
      guarded(() => {
        const workbook = book();
        if (workbook.ProtectStructure) throw workbookProtected();
        const { sheet, name } = addSheet(workbook, (existing) => freeSheetName(table.grid.sheet, existing));
        const { rows: grid, merges = [] } = table.grid;
        const columns = Math.max(1, ...grid.map((row) => row.length));
        const rows = grid.map((row) =>
          Array.from({ length: columns }, (_, c) => (row[c] === null || row[c] === undefined ? "" : String(row[c]))),
        );
        const all = block(sheet, 1, 1, rows.length, columns);
        all.NumberFormat = "@";
        all.Value2 = rows;
        for (const m of merges)
          block(sheet, m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1).Merge(false);
        // Cell by cell, so each cell is boxed on its own.
        table.looks.forEach((looks, row) => {
          looks.forEach((look, col) => look && setEtLook(sheet.Cells.Item(row + 1, col + 1), PRINT_TABLE_LOOKS[look]));
          sheet.Cells.Item(row + 1, 1).RowHeight = printTableRowHeight(table, row);
        });
        table.widths.forEach((width, col) => (sheet.Cells.Item(1, col + 1).ColumnWidth = width));
        setEtPage(sheet, printTablePage(!!table.landscape));
        sheet.PageSetup.PrintTitleRows = `$${table.headerRow + 1}:$${table.headerRow + 1}`;
        sheet.Activate();
        return name;
      }),

    swapCells: (sheet, a, b) =>
      guarded(() => {
        const worksheet = sheetNamed(book(), sheet);
        refusedIfProtected(worksheet, "交换");
        const first = worksheet.Range(a.address);
        const second = worksheet.Range(b.address);
        // WPS's calls are synchronous: nothing can change the cells between this read and the writes.
        const refused = swapRefused(sheet, a, b, [String(readCell(first) ?? ""), String(readCell(second) ?? "")]);
        if (refused) throw refused;
        first.Value2 = b.value;
        second.Value2 = a.value;
      }),

    appendRows: (sheet, at, rows, dateColumns) =>
      guarded(() => {
        const width = Math.max(1, ...rows.map((row) => row.length));
        const worksheet = sheetNamed(book(), sheet);
        refusedIfProtected(worksheet, "追加");
        const target = block(worksheet, at.row + 1, at.col + 1, rows.length, width);
        if (readBlock(target, rows.length, width).some((row) => row.some((v) => v !== null)))
          throw targetNotEmpty(sheet, at.row);
        const full = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
        // Text stays text (a matter that starts with = is no formula); a deadline shows as a date.
        full.forEach((row, r) =>
          row.forEach((v, c) => {
            worksheet.Cells.Item(at.row + 1 + r, at.col + 1 + c).NumberFormat = appendedFormat(
              v,
              dateColumns.includes(c),
            );
          }),
        );
        target.Value2 = full;
        worksheet.Cells.Item(at.row + 1, at.col + 1).Select();
      }),

    applyFix: (fix) => guarded(() => writeChecked(book(), fix.sheet, fix.cell, fix.before, fix.after)),
    undoFix: (fix) => guarded(() => writeChecked(book(), fix.sheet, fix.cell, fix.after, fix.before)),

    loadSettings: () =>
      guarded(() => {
        const workbook = app.ActiveWorkbook;
        const part = workbook ? partOf(workbook.CustomXMLParts, SETTINGS_NAMESPACE) : null;
        if (!part) return null;
        // A damaged part is no settings: the pane checks with the defaults.
        return jsonPartValue(part.XML, "settings") ?? null;
      }),

    saveSettings: (config) =>
      guarded(() => {
        const workbook = book();
        partOf(workbook.CustomXMLParts, SETTINGS_NAMESPACE)?.Delete();
        if (config === null) return;
        workbook.CustomXMLParts.Add(jsonPartXml("settings", SETTINGS_NAMESPACE, config));
      }),
  };
}

/** Writes a cell only if it still holds what the user saw, so a fix never overwrites a later edit. */
function writeChecked(workbook: EtWorkbook, sheet: string, address: string, expected: string, after: string): void {
  const worksheet = sheetNamed(workbook, sheet);
  refusedIfProtected(worksheet, "修改");
  const range = worksheet.Range(address);
  const current = String(readCell(range) ?? "");
  if (current !== expected) throw cellChanged(sheet, address, current);
  // A fix writes text: as text it stays (０１０… becomes 010…, not the number 10…; =… is no formula).
  range.NumberFormat = "@";
  range.Value2 = after;
}

interface LegacyFill {
  sheet: string;
  address: string;
  fills: SavedFill[][];
}

/** The record of versions before 0.2: fills by address as JSON in column A of a very hidden sheet. */
function restoreLegacy(workbook: EtWorkbook, sheet: EtWorksheet): number {
  const used = sheet.UsedRange;
  let saved: LegacyFill[];
  try {
    const rows = readBlock(used, used.Rows.Count, used.Columns.Count);
    saved = JSON.parse(rows.map((row) => String(row[0] ?? "")).join("") || "[]") as LegacyFill[];
  } catch {
    throw legacyRecordCorrupt();
  }
  let cells = 0;
  for (const entry of saved) {
    const start = parseAddress(entry.address.split(":")[0]);
    const target = findSheet(workbook, entry.sheet);
    if (!start || !target) continue;
    entry.fills.forEach((row, r) =>
      row.forEach((fill, c) => {
        restoreFill(target.Cells.Item(start.row + 1 + r, start.col + 1 + c).Interior, fill);
        cells++;
      }),
    );
  }
  sheet.Visible = XL_SHEET.Visible;
  sheet.Delete();
  return cells;
}
