import { type CellLook, MARGIN_SIDES, type PageLook } from "../../core/look/sheet-look";
import {
  type EtRange,
  type EtWorksheet,
  XL_ALIGN,
  XL_BORDER,
  XL_CONTINUOUS,
  XL_LANDSCAPE,
  XL_PAPER_A4,
  XL_PATTERN,
  XL_THIN,
  XL_UNDERLINE_SINGLE,
} from "./wps-api";

/** "#RRGGBB" to VBA's BGR integer, and back. */
export function toBgr(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}
export function fromBgr(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).toUpperCase().padStart(6, "0")}`;
}

/** "left" as VBA's "Left". */
const capital = <S extends string>(side: S) => `${side[0].toUpperCase()}${side.slice(1)}` as Capitalize<S>;
const EDGES = [XL_BORDER.EdgeTop, XL_BORDER.EdgeBottom, XL_BORDER.EdgeLeft, XL_BORDER.EdgeRight];

/** A look (core/look/sheet-look.ts) set on a range in WPS 表格's object model; a border boxes the range. */
export function setEtLook(range: EtRange, look: CellLook): void {
  const { font } = look;
  if (font.name !== undefined) range.Font.Name = font.name;
  if (font.size !== undefined) range.Font.Size = font.size;
  if (font.bold !== undefined) range.Font.Bold = font.bold;
  if (font.underline) range.Font.Underline = XL_UNDERLINE_SINGLE;
  if (font.colour) range.Font.Color = toBgr(font.colour);
  if (look.horizontal) range.HorizontalAlignment = look.horizontal === "left" ? XL_ALIGN.Left : XL_ALIGN.Center;
  if (look.vertical) range.VerticalAlignment = look.vertical === "top" ? XL_ALIGN.Top : XL_ALIGN.Center;
  if (look.wrap) range.WrapText = true;
  if (look.fill) {
    range.Interior.Pattern = XL_PATTERN.Solid;
    range.Interior.Color = toBgr(look.fill);
  }
  if (!look.border) return;
  for (const edge of EDGES) {
    const border = range.Borders.Item(edge);
    border.LineStyle = XL_CONTINUOUS;
    border.Weight = XL_THIN;
  }
}

/** A page look as WPS's page setup: A4, orientation, fit (0 pages down: as many as it takes), centring, margins. */
export function setEtPage(sheet: EtWorksheet, page: PageLook): void {
  const setup = sheet.PageSetup;
  setup.PaperSize = XL_PAPER_A4;
  setup.Orientation = page.landscape ? XL_LANDSCAPE : 1;
  if (page.centreHorizontally) setup.CenterHorizontally = true;
  if (page.centreVertically) setup.CenterVertically = true;
  setup.Zoom = false;
  setup.FitToPagesWide = page.fitWide || false;
  setup.FitToPagesTall = page.fitTall || false;
  for (const side of MARGIN_SIDES) setup[`${capital(side)}Margin`] = page.margins[side] * 72;
}
