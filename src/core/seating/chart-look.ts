import type { CellLook, PageLook } from "../look/sheet-look";
import type { ChartCell, SeatingChart } from "./chart";

export type ChartLook = Exclude<ChartCell, null>;

const CENTRED = { horizontal: "center", vertical: "center" } as const;

/** How each part of a 座次图 looks, in Excel, in WPS 表格 and in the .xlsx alike. */
export const CHART_LOOKS: Record<ChartLook, CellLook> = {
  title: { font: { name: "黑体", size: 18, bold: true }, ...CENTRED },
  band: { font: { name: "黑体", size: 14, bold: true }, fill: "#D9D9D9", border: true, ...CENTRED },
  label: { font: { name: "宋体", size: 11, bold: false }, border: true, ...CENTRED, wrap: true },
  seat: { font: { name: "楷体", size: 16, bold: false }, border: true, ...CENTRED, wrap: true },
  note: { font: { name: "宋体", size: 10, bold: false }, horizontal: "left", vertical: "center", wrap: true },
};

/** A4 landscape, the whole chart on one page, centred both ways. */
export const CHART_PAGE: PageLook = {
  landscape: true,
  fitWide: 1,
  fitTall: 1,
  centreHorizontally: true,
  centreVertically: true,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** A row's height in points: the title's row, a row of seats (tall enough for a name in 16 pt), the others. */
export function chartRowHeight(looks: readonly ChartCell[]): number {
  return looks.includes("title") ? 36 : looks.includes("seat") ? 42 : 20;
}

/** Column widths in characters of the default font: the row labels' column, then each seat column. */
export function chartColumnWidths(chart: Pick<SeatingChart, "width">): number[] {
  return [14, ...new Array<number>(chart.width).fill(11)];
}
