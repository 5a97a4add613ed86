import type ExcelJSNamespace from "exceljs";
import type { CellValue, Grid, MergedArea } from "../../core/table/grid";
import { toCellValue } from "./cell-value";
import { FileReadError, assertOfficeZip } from "./file-error";

type Workbook = ExcelJSNamespace.Workbook;
type Worksheet = ExcelJSNamespace.Worksheet;

export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  assertOfficeZip(bytes, fileName, "xlsx");
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileReadError(`${fileName}：文件已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开后重新保存为 .xlsx`);
  }
  if (workbook.worksheets.length === 0) throw new FileReadError(`${fileName}：工作簿中没有工作表`);
  return workbook;
}

/** Every visible worksheet of an .xlsx as a grid of plain cell values, merged areas listed. */
export async function readXlsxGrids(
  bytes: Uint8Array,
  fileName: string,
  onSheet?: (done: number, total: number) => void,
): Promise<Grid[]> {
  const workbook = await loadWorkbook(bytes, fileName);
  const visible = workbook.worksheets.filter((sheet) => sheet.state === "visible");
  const grids: Grid[] = [];
  for (const sheet of visible) {
    onSheet?.(grids.length, visible.length);
    grids.push(sheetToGrid(sheet));
  }
  return grids;
}

export function sheetToGrid(sheet: Worksheet): Grid {
  const rows: CellValue[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: CellValue[] = new Array(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      values[colNumber - 1] = toCellValue(cell.value);
    });
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= new Array(width).fill(null);
  return { sheet: sheet.name, rows, origin: { row: 0, col: 0 }, merges: mergedAreas(sheet) };
}

function mergedAreas(sheet: Worksheet): MergedArea[] {
  const merges = (sheet as unknown as { _merges?: Record<string, { model: MergeModel }> })._merges ?? {};
  return Object.values(merges).map(({ model }) => ({
    top: model.top - 1,
    left: model.left - 1,
    bottom: model.bottom - 1,
    right: model.right - 1,
  }));
}

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
