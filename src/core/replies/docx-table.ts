import { FONT, SIZE } from "../render/gbt9704";
import { GBT_PAGE, type PageSetup, docxParts } from "../render/package";
import { paragraph, run } from "../render/paragraph";

/** A table to print from Word: lines above it, a header row repeated on every page, rows tall enough to write in. */
export interface DocxTable {
  title: string;
  /** Lines under the title (会议时间, 地点, 单位). */
  lines: string[];
  header: string[];
  rows: string[][];
  /** Column widths in twips; they share the text width. */
  widths: number[];
  /** Height of a data row, in twips (a signature needs about 1 cm). */
  rowHeight: number;
  /** Rows that head a group (第一会场), printed across the table. */
  groupRows?: Set<number>;
}

/** 小四, 12 pt, in half-points: the size of a form's text. */
const SMALL_FOUR = 24;

const A4_TABLE_PAGE: PageSetup = {
  ...GBT_PAGE,
  margins: { top: 1134, right: 1020, bottom: 1134, left: 1020 },
  pageNumbers: true,
  font: FONT.songti,
};
/** A4 less 18 mm margins each side. */
export const TABLE_TEXT_WIDTH = A4_TABLE_PAGE.width - 2040;

const cellText = (text: string, bold = false) =>
  paragraph(run(text, { font: FONT.songti, size: SMALL_FOUR, bold }), { align: "center", line: 360 });

function cell(width: number, content: string, span = 1): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}` +
    `<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`
  );
}

function rowXml(cells: string, height: number, header = false): string {
  return (
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${height}" w:hRule="atLeast"/>${header ? "<w:tblHeader/>" : ""}` +
    `</w:trPr>${cells}</w:tr>`
  );
}

/** The table's title, lines and bordered table as body XML. */
function tableBodyXml(table: DocxTable): string {
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="6" w:space="0" w:color="000000"/>`)
    .join("");
  const total = table.widths.reduce((a, b) => a + b, 0);
  const header = rowXml(table.header.map((h, i) => cell(table.widths[i], cellText(h, true))).join(""), 560, true);
  const rows = table.rows.map((row, r) =>
    table.groupRows?.has(r)
      ? rowXml(cell(total, cellText(row[0], true), table.widths.length), 480)
      : rowXml(row.map((text, i) => cell(table.widths[i], cellText(text))).join(""), table.rowHeight),
  );
  return (
    paragraph(run(table.title, { font: FONT.heiti, size: SIZE.二号 }), { align: "center", line: 720 }) +
    table.lines
      .map((line) => paragraph(run(line, { font: FONT.songti, size: SMALL_FOUR }), { align: "left", line: 400 }))
      .join("") +
    paragraph(run(""), { line: 120 }) +
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${table.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    header +
    rows.join("") +
    `</w:tbl>` +
    paragraph(run(""), { line: 240 })
  );
}

/** The document's parts (path → XML), A4 portrait, 宋体, the table bordered and centred. */
export function docxTableParts(table: DocxTable): Record<string, string> {
  return docxParts(tableBodyXml(table), table.title, A4_TABLE_PAGE);
}

/** A letter (a notice) of plain paragraphs, then on a new page a form to fill in (its 回执), as a .docx's parts. */
export function docxLetterWithFormParts(title: string, paragraphs: string[], form: DocxTable): Record<string, string> {
  const text = paragraphs
    .map((p) => paragraph(run(p, { font: FONT.fangsong, size: SIZE.三号 }), { align: "left", line: 560 }))
    .join("");
  const formXml = tableBodyXml(form).replace(/^<w:p><w:pPr>/, "<w:p><w:pPr><w:pageBreakBefore/>");
  return docxParts(text + formXml, title, A4_TABLE_PAGE);
}
