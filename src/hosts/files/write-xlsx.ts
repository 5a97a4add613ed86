import type { Grid } from "../../core/table/grid";
import { columnLetters } from "../../core/table/grid";

/** Writes grids as an .xlsx: numbers ≥ 40000 in date columns stay serials; merged areas are merged. */
export async function gridsToXlsx(grids: Grid[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.sheet);
    grid.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (typeof value === "number" && value > 40000 && !Number.isInteger(value)) cell.numFmt = "yyyy-mm-dd hh:mm";
      });
    });
    for (const m of grid.merges ?? []) {
      sheet.mergeCells(`${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`);
    }
    (sheet.columns ?? []).forEach((column) => (column.width = 16)); // null on a sheet with no cells
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
