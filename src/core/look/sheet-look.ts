/**
 * How a sheet the add-in writes looks, as plain data: the report sheet (report/report-sheet.ts) and the 座次图
 * (seating/chart-look.ts) are described once here, and Excel, WPS 表格 and the .xlsx writer each only translate
 * the description into their own calls or XML.
 */

/** A font: what is not given stays the sheet's default. */
export interface FontLook {
  name?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  underline?: boolean;
  /** "#RRGGBB". */
  colour?: string;
}

/** How a cell looks. */
export interface CellLook {
  font: FontLook;
  /** A solid fill, "#RRGGBB". */
  fill?: string;
  /** A thin line on each of the cell's four sides. */
  border?: boolean;
  horizontal?: "center" | "left";
  vertical?: "center" | "top";
  wrap?: boolean;
}

export const MARGIN_SIDES = ["left", "right", "top", "bottom", "header", "footer"] as const;
export type MarginSide = (typeof MARGIN_SIDES)[number];

/** How a sheet prints: always on A4. */
export interface PageLook {
  landscape: boolean;
  /** Pages across and down the sheet is shrunk to fit; 0 down: as many pages as it takes. */
  fitWide: number;
  fitTall: number;
  centreHorizontally: boolean;
  centreVertically: boolean;
  /** In inches, as Excel's page setup shows them. */
  margins: Record<MarginSide, number>;
}

/**
 * A column width in characters of the default font (the unit of Excel's 列宽, of WPS's ColumnWidth and of
 * SpreadsheetML) as points, the unit of Excel's API: 7 pixels a character and 5 of padding, at 96 pixels an inch.
 */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The column width (in characters of the default font) that holds `cjk` Chinese characters: 10 pixels each. */
export function widthForCjk(cjk: number): number {
  return Math.round(((cjk * 10 - 5) / 7) * 100) / 100;
}
