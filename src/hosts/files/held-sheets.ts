import { type CellValue, type Grid, parseAddress } from "../../core/table/grid";
import { readableCellText } from "../../core/table/typed-cells";

/**
 * Sheets of more rows than this stay in the file worker that read them: the page gets a stand-in without rows, the
 * worker checks them and answers for the few rows a preview or a fix needs. Shipping a 50,000-row grid to the page
 * and checking it there cost more than a third of reading it. A 名单 this long gets no 座次图 or 签到表 in file mode.
 */
export const HELD_ROWS = 5_000;

/** A held sheet, as the page names it to the worker: the workbook kept, its sheet, and the page's writes to it. */
export interface HeldSheet {
  kept: number;
  /** The sheet's name in its file. */
  sheet: string;
  /** The name the page reads it by (`名单（文件名）` where two files have a sheet of one name). */
  name: string;
  writes: [address: string, value: CellValue][];
}

/** A sheet to check in the worker: as the page has it, or held there. `file` is the opened file it belongs to. */
export type SheetToCheck = { file: string } & ({ grid: Grid } | { held: HeldSheet });

/** An opened file as the page holds it, without its bytes: what a worker needs to name and find its sheets. */
export interface OpenedSheets {
  fileName: string;
  grids: Grid[];
  held?: { kept: number; sheets: string[] };
}

/**
 * The sheets of the files opened together, to check, named as the pane reads them: a sheet's own name, or
 * `名单（文件名）` where two files have a sheet of one name (as createFileExcelHost names them; no writes yet).
 */
export function openedSheetsToCheck(files: OpenedSheets[]): SheetToCheck[] {
  const counts = new Map<string, number>();
  files.forEach((f) => f.grids.forEach((g) => counts.set(g.sheet, (counts.get(g.sheet) ?? 0) + 1)));
  return files.flatMap((f) =>
    f.grids.map((grid): SheetToCheck => {
      const name = (counts.get(grid.sheet) ?? 0) > 1 ? `${grid.sheet}（${f.fileName}）` : grid.sheet;
      if (f.held?.sheets.includes(grid.sheet))
        return { file: f.fileName, held: { kept: f.held.kept, sheet: grid.sheet, name, writes: [] } };
      return { file: f.fileName, grid: grid.sheet === name ? grid : { ...grid, sheet: name } };
    }),
  );
}

/** A sheet to check as text, rows aside: two checks of the same labels (and options) saw the same sheets. */
export function sheetLabel(sheet: SheetToCheck): string {
  return JSON.stringify("grid" in sheet ? [sheet.file, sheet.grid.sheet] : [sheet.file, sheet.held]);
}

/** The page's stand-in for a held sheet: its name and origin, no rows. */
export function standIn(grid: Grid): Grid {
  return { sheet: grid.sheet, rows: [], ...(grid.origin ? { origin: grid.origin } : {}) };
}

/** `grid` with `writes` in a copy of the rows written (the kept grid itself is never changed). */
export function withWrites(grid: Grid, writes: HeldSheet["writes"]): Grid {
  if (writes.length === 0) return grid;
  const origin = grid.origin ?? { row: 0, col: 0 };
  const rows = [...grid.rows];
  for (const [address, value] of writes) {
    const at = parseAddress(address);
    if (!at) continue;
    const [r, c] = [at.row - origin.row, at.col - origin.col];
    while (rows.length <= r) rows.push([]);
    const line = [...(rows[r] ?? [])];
    while (line.length < c) line.push(null);
    line[c] = value;
    rows[r] = line;
  }
  return { ...grid, rows };
}

/** The rows around a cell a preview shows, and the sheet's 姓名 column (0-based in the grid), or null. */
export interface PreviewRows {
  /** Only the rows shown: its origin is where the first of them sits in the sheet. */
  window: Grid;
  nameColumn: number | null;
}

const NAME_HEADER = /^(?:姓名|名字|人员姓名|参会人员?姓名|参会人员?|签到人)$/;
const ROWS_AROUND = 3;

/** The column (of the grid, 0-based) headed 姓名 in its first rows, or null. */
function nameColumnOf(grid: Grid): number | null {
  for (const row of grid.rows.slice(0, 15)) {
    const col = row.findIndex((value) => NAME_HEADER.test(readableCellText(value ?? null).replace(/\s+/g, "")));
    if (col >= 0) return col;
  }
  return null;
}

/** Three rows either side of `address` (a sheet address), with the 姓名 column read from the sheet's first rows. */
export function previewRows(grid: Grid, address: string): PreviewRows {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const at = parseAddress(address);
  const row = at ? at.row - origin.row : 0;
  const first = Math.max(0, row - ROWS_AROUND);
  return {
    window: {
      sheet: grid.sheet,
      rows: grid.rows.slice(first, row + ROWS_AROUND + 1),
      origin: { row: origin.row + first, col: origin.col },
    },
    nameColumn: nameColumnOf(grid),
  };
}
