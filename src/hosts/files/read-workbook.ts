import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import type { CellValue, Grid, MergedArea } from "../../core/table/grid";
import { FileReadError, workbookFormat } from "./file-error";
import { missingSheet, noSheetRead } from "./damaged-file";
import { unzipWithinLimits } from "./bounded-unzip";
import { clearMergedCells } from "./clear-merged-cells";
import { hiddenOdsTables } from "./ods-hidden-sheets";
import { CsvParser, sniffDelimiter } from "./read-csv";
import { loadSheetJs, parseUnzippedWorkbook } from "./sheetjs";
import { decodeText, decodeTextPieces } from "./text-bytes";

/** How much of a workbook the reader will hold: a file past these is refused with one line naming the limit. */
export interface ReadLimits {
  /** Cells held across all sheets, counting each row up to its last filled cell. */
  maxCells: number;
  /** Characters in one cell: Excel itself stops at 32,767. */
  maxCellText: number;
}

/** Excel's last row and column (XFD1048576). */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCells: 10_000_000, maxCellText: 32_767 };

class CellBudget {
  private held = 0;
  constructor(
    private readonly fileName: string,
    private readonly limits: ReadLimits,
  ) {}

  get maxCellText(): number {
    return this.limits.maxCellText;
  }

  take(cells: number, sheet: string): void {
    this.held += cells;
    if (this.held > this.limits.maxCells)
      throw new FileReadError(
        `${this.fileName}：读到工作表“${sheet}”时已超过 ${this.limits.maxCells.toLocaleString("en-US")} 个单元格（上限），不检查；命令行可用 --max-cells 提高上限`,
      );
  }

  /** A cell past Excel's last row or column: no spreadsheet program saves one, so the file is damaged. */
  pastExcel(sheet: string, where: string): FileReadError {
    return new FileReadError(
      `${this.fileName}：工作表“${sheet}”中有${where}的单元格，超过 Excel 的上限（${EXCEL_ROWS.toLocaleString("en-US")} 行、${EXCEL_COLUMNS.toLocaleString("en-US")} 列），文件已损坏或被改动过，不检查`,
    );
  }

  checkText(value: CellValue, sheet: string): void {
    if (typeof value === "string" && value.length > this.limits.maxCellText)
      throw new FileReadError(
        `${this.fileName}：工作表“${sheet}”中有单元格超过 ${this.limits.maxCellText.toLocaleString("en-US")} 个字符（Excel 的上限），不是 Excel 能保存的表格，不检查`,
      );
  }
}

/** Excel's error codes as BIFF and SheetJS number them, shown as Excel shows them. */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/**
 * Every visible sheet of a workbook as plain grids: .xlsx/.xlsm, .xls and WPS .et (BIFF8), .ods, and .csv/.txt
 * exports (UTF-8 with or without BOM, UTF-16, GBK; comma or tab). Dates stay Excel serials, merged areas are
 * listed with their value in the top-left cell only, hidden rows and columns are read like any other.
 */
export async function readWorkbookGrids(
  bytes: Uint8Array,
  fileName: string,
  onSheet?: (done: number, total: number) => void,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<Grid[]> {
  const format = workbookFormat(bytes, fileName);
  const budget = new CellBudget(fileName, limits);
  if (format === "text") return [readTextSheet(bytes, fileName, budget)];
  const parts =
    format === "zip" ? unzipWithinLimits(bytes, fileName, { keep: sheetJsReads, damaged: damaged(fileName) }) : null;
  const workbook = await parseWorkbook(parts ?? bytes, fileName, format);
  const content = workbook.bookType === "ods" ? parts?.get("content.xml") : undefined;
  const hiddenOds = content ? hiddenOdsTables(new TextDecoder().decode(content)) : new Set<string>();
  const visible = workbook.SheetNames.filter(
    (name, i) => !workbook.Workbook?.Sheets?.[i]?.Hidden && !hiddenOds.has(name),
  );
  // Excel keeps at least one sheet visible: none, or a sheet the workbook lists without its part, is damage.
  if (visible.length === 0) throw noSheetRead(fileName);
  const grids: Grid[] = [];
  for (const name of visible) {
    onSheet?.(grids.length, visible.length);
    if (!workbook.Sheets[name]) throw missingSheet(fileName, name);
    grids.push(sheetToGrid(name, workbook.Sheets[name], budget));
  }
  return grids;
}

/** A .csv/.txt export as one sheet named after the file, its limits enforced while it is parsed. */
function readTextSheet(bytes: Uint8Array, fileName: string, budget: CellBudget): Grid {
  const sheet = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "") || "Sheet1";
  let parser: CsvParser | null = null;
  for (const piece of decodeTextPieces(bytes, fileName)) {
    parser ??= new CsvParser(
      { fileName, maxCellText: budget.maxCellText, takeRow: (width) => budget.take(width, sheet) },
      sniffDelimiter(piece),
    );
    parser.push(piece);
  }
  return { sheet, rows: parser?.finish() ?? [], origin: { row: 0, col: 0 }, merges: [] };
}

/** SheetJS reads neither pictures nor thumbnails: they are unpacked only to be counted. */
function sheetJsReads(name: string): boolean {
  return (
    !name.endsWith("/") && !name.includes("/media/") && !name.startsWith("Pictures/") && !name.startsWith("Thumbnails/")
  );
}

const damaged = (fileName: string) =>
  `${fileName}：文件已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开后重新保存为 .xlsx`;

async function parseWorkbook(
  source: Uint8Array | Map<string, Uint8Array>,
  fileName: string,
  format: BinaryFormat,
): Promise<WorkBook> {
  const XLSX = await loadSheetJs(format === "ole");
  let workbook: WorkBook;
  const options = {
    dense: true,
    cellFormula: false,
    cellHTML: false,
    cellNF: false,
    cellStyles: false,
    cellText: false,
    sheetStubs: false,
  };
  const consoleError = console.error;
  console.error = () => {}; // SheetJS prints "ODS number format may be incorrect" for conditional number formats
  try {
    if (source instanceof Map) workbook = parseUnzippedWorkbook(XLSX, source, options);
    else if (format === "html") workbook = XLSX.read(decodeText(source, fileName), { ...options, type: "string" });
    else workbook = XLSX.read(source, { ...options, type: "array" });
  } catch (error) {
    throw new FileReadError(unreadableReason(fileName, format, error));
  } finally {
    console.error = consoleError;
  }
  if (workbook.SheetNames.length === 0) throw new FileReadError(`${fileName}：工作簿中没有工作表`);
  return workbook;
}

type BinaryFormat = "zip" | "ole" | "html";

function unreadableReason(fileName: string, format: BinaryFormat, error: unknown): string {
  // An .xlsx with an opening password is an OLE container, and SheetJS says so in its message.
  if (format === "ole" && /password-protected/i.test(error instanceof Error ? error.message : String(error)))
    return `${fileName}：工作簿设有打开密码，无法读取。请在 Excel 或 WPS 中取消密码后再试`;
  if (format === "ole")
    return `${fileName}：不是可读取的 .xls/.et 工作簿（可能是 Word 等其他文件，或已损坏）。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试`;
  return damaged(fileName);
}

/** The rows with no cell share one empty row: a sheet with A1 and XFD1048576 must not allocate the range. */
const NO_CELLS: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * A sheet as rows of values, each only as long as its last cell: memory follows the cells present, not the
 * address range (the rows may be ragged; readers treat a missing cell as empty).
 */
function sheetToGrid(name: string, sheet: WorkSheet, budget: CellBudget): Grid {
  const data = (sheet["!data"] ?? []) as (CellObject | undefined)[][];
  // Checked before the rows are walked: a row number of 99,999,999 would make a grid of 800 MB of empty rows.
  if (data.length > EXCEL_ROWS) throw budget.pastExcel(name, `第 ${data.length.toLocaleString("en-US")} 行`);
  const rows: CellValue[][] = [];
  let lastFilled = -1;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    let width = 0;
    if (source && source.length > EXCEL_COLUMNS)
      throw budget.pastExcel(
        name,
        `第 ${(r + 1).toLocaleString("en-US")} 行第 ${source.length.toLocaleString("en-US")} 列`,
      );
    if (source)
      for (let c = source.length - 1; c >= 0 && width === 0; c--) if (cellValue(source[c]) !== null) width = c + 1;
    if (width === 0) {
      rows.push(NO_CELLS);
      continue;
    }
    budget.take(width, name);
    const values: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) budget.checkText((values[c] = cellValue(source![c])), name);
    rows.push(values);
    lastFilled = r;
  }
  rows.length = lastFilled + 1;
  const merges: MergedArea[] = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  clearMergedCells(rows, merges);
  return { sheet: name, rows, origin: { row: 0, col: 0 }, merges };
}

function cellValue(cell: CellObject | undefined): CellValue {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === "e") return ERROR_TEXT[cell.v as number] ?? "#VALUE!";
  if (cell.v instanceof Date) return null; // only with cellDates, which is off: dates arrive as serials
  return cell.v as CellValue;
}
