import { docxParts, GBT_PAGE } from "../../src/core/render/package";
import type { CellValue, Grid, MergedArea } from "../../src/core/table/grid";
import { columnIndex } from "../../src/core/table/grid";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { wordXml } from "../../src/core/xml/escape";

/** A sheet or a Word table of a template: its rows as typed, merged areas as A1 ranges (`A1:F1`). */
export interface TemplateTable {
  name?: string;
  rows: CellValue[][];
  merges?: string[];
}

/** A 回执 of tests/corpus/replies: one published template, filled in, and the people a clerk reads off it. */
export interface ReplyTemplate {
  id: string;
  /** The template's title as published. */
  title: string;
  /** Where the layout comes from (SOURCES.md says how far it is attested). */
  source: string;
  /** The layout classes it belongs to, for the per-family figures. */
  families: string[];
  /** The file's name as a unit would send it; its extension is the format (.xlsx, .csv, .docx). */
  file: string;
  /** The sheets of an .xlsx (the first for a .csv). */
  sheets?: TemplateTable[];
  /** A .docx: paragraphs and tables in order. */
  docx?: ({ p: string } | { table: TemplateTable })[];
  /** The people of the 参会名单 the 回执 gives: those who come, each with their unit, 职务 and phone. */
  expected: { unit: string; name: string; position: string; phone: string }[];
}

export function mergedAreas(ranges: string[] = []): MergedArea[] {
  return ranges.map((range) => {
    const [from, to = from] = range.split(":").map((a) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
    });
    return { top: from.row, left: from.col, bottom: to.row, right: to.col };
  });
}

function gridOf(table: TemplateTable, index: number): Grid {
  return { sheet: table.name ?? `Sheet${index + 1}`, rows: table.rows, merges: mergedAreas(table.merges) };
}

/** A .csv as Excel saves it: UTF-8 with a BOM, fields quoted where they must be. */
function csvText(rows: CellValue[][]): string {
  const field = (v: CellValue) => {
    const text = v === null ? "" : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\uFEFF" + rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

const textRun = (text: string) =>
  `<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t xml:space="preserve">${wordXml(text)}</w:t></w:r>`;
const para = (text: string) => `<w:p>${text === "" ? "" : textRun(text)}</w:p>`;

/** A Word table as offices type it: merged cells as gridSpan (across) and vMerge (down), bordered. */
function tableXml(table: TemplateTable): string {
  const merges = mergedAreas(table.merges);
  const width = Math.max(...table.rows.map((r) => r.length));
  const border = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
    .join("");
  const rows = table.rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const area = merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      if (area && c !== area.left) continue;
      const span = area ? area.right - area.left + 1 : 1;
      const vMerge =
        !area || area.bottom === area.top ? "" : r === area.top ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>";
      const value = area && r !== area.top ? null : row[c];
      cells.push(
        `<w:tc><w:tcPr><w:tcW w:w="${1200 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vMerge}</w:tcPr>` +
          `${para(value === null || value === undefined ? "" : String(value))}</w:tc>`,
      );
    }
    return `<w:tr>${cells.join("")}</w:tr>`;
  });
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${border}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(width)}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}

/** The template's file as a unit sends it: an .xlsx by the product's own writer, a .csv, or a .docx. */
export async function templateBytes(template: ReplyTemplate): Promise<Uint8Array> {
  const ext = template.file.replace(/^.*\./, "").toLowerCase();
  if (ext === "docx") {
    const body = (template.docx ?? []).map((block) => ("p" in block ? para(block.p) : tableXml(block.table))).join("");
    return zipDocx(docxParts(body + "<w:p/>", template.title, GBT_PAGE));
  }
  const sheets = template.sheets ?? [];
  if (ext === "csv") return new TextEncoder().encode(csvText(sheets[0].rows));
  return gridsToXlsx(sheets.map(gridOf));
}
