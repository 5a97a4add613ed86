import type { TableLook } from "../replies/signin-sheet";
import type { Grid } from "../table/grid";
import type { CellLook, PageLook } from "./sheet-look";

/** A table to print: its grid, each cell's look, column widths, the header row, and how tall a data row is. */
export interface PrintTable {
  grid: Grid;
  looks: (TableLook | null)[][];
  widths: number[];
  /** 0-based row of the header, repeated at the top of every page. */
  headerRow: number;
  /** Height of a data row in points: 30 (about 1 cm) for a row to sign in, 20 for a list. */
  rowHeight: number;
  landscape?: boolean;
}

const CENTRE = { horizontal: "center", vertical: "center" } as const;
const LEFT = { horizontal: "left", vertical: "center" } as const;

/** The printed 签到表's and 参会名单's looks: the .xlsx download and the sheet the Excel/WPS pane adds share them. */
export const PRINT_TABLE_LOOKS: Record<TableLook, CellLook> = {
  title: { font: { name: "黑体", size: 18 }, ...CENTRE },
  line: { font: { name: "宋体", size: 11 }, ...LEFT },
  header: { font: { name: "宋体", size: 12, bold: true }, border: true, ...CENTRE, wrap: true },
  cell: { font: { name: "宋体", size: 12 }, border: true, ...CENTRE, wrap: true },
  group: { font: { name: "黑体", size: 12 }, border: true, ...LEFT },
};

const HEIGHTS: Record<Exclude<TableLook, "cell">, number> = { title: 36, line: 22, header: 26, group: 24 };

/** Row `row`'s height in points: by its look, a data row as tall as the table asks (tall enough to sign). */
export function printTableRowHeight(table: PrintTable, row: number): number {
  const look = table.looks[row]?.[0] ?? "cell";
  return look === "cell" ? table.rowHeight : HEIGHTS[look];
}

/** A4 as wide as the page, as many pages as it takes, centred across. */
export const printTablePage = (landscape: boolean): PageLook => ({
  landscape,
  fitWide: 1,
  fitTall: 0,
  centreHorizontally: true,
  centreVertically: false,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
});
