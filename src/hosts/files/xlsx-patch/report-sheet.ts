import { REPORT_PAGE, type ReportLook, type ReportSheet, reportLookAt } from "../../../core/report/report-sheet";
import { cellAddress } from "../../../core/table/grid";
import { spreadsheetXml } from "../../../core/xml/escape";
import { pageSetupXml } from "./page-setup";

export interface ReportCell {
  text: string;
  style?: number;
  /** A place in the workbook the cell links to, such as `'签到表'!C5`. */
  link?: string;
}

export interface ReportLayout {
  rows: ReportCell[][];
  widths: number[];
  /** 1-based row that repeats at the top of every printed page and stays in view while scrolling. */
  headerRow: number;
}

/** The report sheet (core/report/report-sheet.ts) as cells of the workbook's formats, one for each look. */
export function reportLayout(sheet: ReportSheet, xfs: Record<ReportLook, number>): ReportLayout {
  const links = new Map(sheet.links.map((link) => [`${link.row},${link.col}`, link.target]));
  const rows = sheet.rows.map((row, r) =>
    row.map((text, c) => {
      const look = reportLookAt(sheet, r, c);
      return { text, style: look && xfs[look], link: links.get(`${r},${c}`) };
    }),
  );
  return { rows, widths: sheet.widths, headerRow: sheet.headerRow + 1 };
}

/** The XML of a worksheet of text cells: frozen and repeated header, printed landscape on one page width. */
export function reportSheetXml(layout: ReportLayout): string {
  const links: string[] = [];
  const rows = layout.rows.map((cells, r) => {
    const xml = cells
      .map((cell, c) => {
        if (cell.text === "") return "";
        const ref = cellAddress(r, c);
        if (cell.link)
          links.push(
            `<hyperlink ref="${ref}" location="${spreadsheetXml(cell.link)}" display="${spreadsheetXml(cell.text)}"/>`,
          );
        const style = cell.style ? ` s="${cell.style}"` : "";
        return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${spreadsheetXml(cell.text)}</t></is></c>`;
      })
      .join("");
    return `<row r="${r + 1}">${xml}</row>`;
  });
  const cols = layout.widths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join("");
  const top = cellAddress(layout.headerRow, 0);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${layout.headerRow}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    pageSetupXml(REPORT_PAGE) +
    "</worksheet>"
  );
}
