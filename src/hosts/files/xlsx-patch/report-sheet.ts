import { cellAddress } from "../../../core/table/grid";
import { spreadsheetXml } from "../../../core/xml/escape";

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
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    "</worksheet>"
  );
}
