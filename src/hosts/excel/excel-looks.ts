import { type CellLook, MARGIN_SIDES, type PageLook, columnPoints } from "../../core/look/sheet-look";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * A look (core/look/sheet-look.ts) set on a range in Excel's terms. Given the range's size (`cells`, for an unmerged
 * range), a border is also drawn between its cells, so each cell is boxed; Excel is never asked for an inside line
 * a single row or column does not have.
 */
export function setExcelLook(range: Excel.Range, look: CellLook, cells?: { rows: number; columns: number }): void {
  const { font } = look;
  const format = range.format;
  const excelFont: Excel.Interfaces.RangeFontUpdateData = {};
  if (font.name !== undefined) excelFont.name = font.name;
  if (font.size !== undefined) excelFont.size = font.size;
  if (font.bold !== undefined) excelFont.bold = font.bold;
  if (font.underline) excelFont.underline = "Single";
  if (font.colour) excelFont.color = font.colour;
  if (Object.keys(excelFont).length > 0) format.font.set(excelFont);
  if (look.horizontal) format.horizontalAlignment = look.horizontal === "left" ? "Left" : "Center";
  if (look.vertical) format.verticalAlignment = look.vertical === "top" ? "Top" : "Center";
  if (look.wrap) format.wrapText = true;
  if (look.fill) format.fill.color = look.fill;
  if (!look.border) return;
  const edges: Excel.BorderIndex[] = [...EDGES] as Excel.BorderIndex[];
  if (cells && cells.columns > 1) edges.push("InsideVertical" as Excel.BorderIndex);
  if (cells && cells.rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

/** A page look as Excel's page layout (ExcelApi 1.9): A4, orientation, fit, centring and margins. */
export function setExcelPage(sheet: Excel.Worksheet, page: PageLook): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = page.landscape ? "Landscape" : "Portrait";
  if (page.centreHorizontally) layout.centerHorizontally = true;
  if (page.centreVertically) layout.centerVertically = true;
  layout.zoom = { horizontalFitToPages: page.fitWide, verticalFitToPages: page.fitTall };
  for (const side of MARGIN_SIDES) layout[`${side}Margin`] = page.margins[side] * 72;
}

/** Column widths in characters of the default font, set in points: one range for each run of equal widths. */
export function setExcelWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  for (let start = 0; start < widths.length;) {
    let end = start + 1;
    while (end < widths.length && widths[end] === widths[start]) end++;
    sheet.getRangeByIndexes(0, start, 1, end - start).format.columnWidth = columnPoints(widths[start]);
    start = end;
  }
}
