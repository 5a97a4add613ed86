import type { CellLook, PageLook } from "../look/sheet-look";
import { widthForCjk } from "../look/sheet-look";
import { type ReportContent, reportRows } from "./report";

export type ReportLook = "title" | "header" | "link" | "message";

/** How the parts of the 核对报告 look: the workbook's own font, only bolder, larger, linked or wrapped. */
export const REPORT_LOOKS: Record<ReportLook, CellLook> = {
  title: { font: { bold: true, size: 14 } },
  header: { font: { bold: true } },
  link: { font: { underline: true, colour: "#0563C1" } },
  message: { font: {}, vertical: "top", wrap: true },
};

/** Landscape, every column on one page width, as many pages down as it takes. */
export const REPORT_PAGE: PageLook = {
  landscape: true,
  fitWide: 1,
  fitTall: 0,
  centreHorizontally: false,
  centreVertically: false,
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
};

/** A rectangle of cells of one look, 0-based and inclusive: one range for Excel and WPS. */
export interface LookArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
  look: ReportLook;
}

/** A link from a report cell to the finding's cell in this workbook, such as `'签到表'!C5`. */
export interface ReportLink {
  row: number;
  col: number;
  target: string;
  text: string;
}

/** The 核对报告 as every writer puts it down: its text, the looks of its areas, its links, widths and header. */
export interface ReportSheet {
  /** Every row as wide as the table. */
  rows: string[][];
  columns: number;
  /** 0-based row of the table's header: it stays in view while scrolling and prints atop every page. */
  headerRow: number;
  areas: LookArea[];
  links: ReportLink[];
  /** Column widths in characters of the default font. */
  widths: number[];
}

const MESSAGE_COLUMN = 4;
const CELL_COLUMN = 1;

/** A sheet name quoted for a reference: `'签到表'`, a ' doubled. */
export const quotedSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export function reportSheet(content: ReportContent): ReportSheet {
  const { rows, headerRow } = reportRows(content);
  const columns = content.header.length;
  const first = headerRow + 1;
  const last = headerRow + content.rows.length;
  const areas: LookArea[] = [
    { top: 0, left: 0, bottom: 0, right: 0, look: "title" },
    { top: headerRow, left: 0, bottom: headerRow, right: columns - 1, look: "header" },
    { top: first, left: MESSAGE_COLUMN, bottom: Math.max(first, last), right: MESSAGE_COLUMN, look: "message" },
  ];
  // A cell of another file (a 参会名单 opened beside) has no place in this workbook to link to: its row names the file,
  // and its cell is not dressed as a link.
  const linked = (i: number) => !content.rows[i].file;
  for (let i = 0; i < content.rows.length; i++) {
    if (!linked(i)) continue;
    const start = i;
    while (i + 1 < content.rows.length && linked(i + 1)) i++;
    areas.push({ top: first + start, left: CELL_COLUMN, bottom: first + i, right: CELL_COLUMN, look: "link" });
  }
  const links = content.rows.flatMap((row, i) =>
    row.cell && linked(i)
      ? [{ row: first + i, col: CELL_COLUMN, target: `${quotedSheet(row.sheet)}!${row.cell}`, text: row.cell }]
      : [],
  );
  return {
    rows: rows.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? "")),
    columns,
    headerRow,
    areas,
    links,
    widths: content.widths.map(widthForCjk),
  };
}

/** The look of the cell at `row`, `col` (the areas do not overlap), or none. */
export function reportLookAt(sheet: ReportSheet, row: number, col: number): ReportLook | undefined {
  return sheet.areas.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)?.look;
}
