import type { CellLook, PageLook } from "../../core/look/sheet-look";
import type { TableLook } from "../../core/replies/signin-sheet";
import type { Grid } from "../../core/table/grid";
import { gridsToXlsx } from "./write-xlsx";
import { styleFirstSheet } from "./xlsx-patch/styled-sheet";
import { partText, withPrintTitles } from "./xlsx-patch/workbook-parts";

const CENTRE = { horizontal: "center", vertical: "center" } as const;
const LEFT = { horizontal: "left", vertical: "center" } as const;

const LOOKS: Record<TableLook, CellLook> = {
  title: { font: { name: "黑体", size: 18 }, ...CENTRE },
  line: { font: { name: "宋体", size: 11 }, ...LEFT },
  header: { font: { name: "宋体", size: 12, bold: true }, border: true, ...CENTRE, wrap: true },
  cell: { font: { name: "宋体", size: 12 }, border: true, ...CENTRE, wrap: true },
  group: { font: { name: "黑体", size: 12 }, border: true, ...LEFT },
};

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

const HEIGHTS: Record<Exclude<TableLook, "cell">, number> = { title: 36, line: 22, header: 26, group: 24 };

/** A4 as wide as the page, as many pages as it takes, centred across, numbered in the footer. */
const page = (landscape: boolean): PageLook => ({
  landscape,
  fitWide: 1,
  fitTall: 0,
  centreHorizontally: true,
  centreVertically: false,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
});
const PAGE_NUMBERS = "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>";

/** The table as an .xlsx ready to print: bordered, fonts set, the header repeated on every page (print titles). */
export async function printTableWorkbook(table: PrintTable): Promise<Uint8Array> {
  const bytes = await gridsToXlsx([{ ...table.grid, widths: table.widths }]);
  const { zip, parts } = await styleFirstSheet(bytes, table.grid.sheet, {
    looks: LOOKS,
    cells: table.looks,
    page: page(!!table.landscape),
    rowHeight: (r) => {
      const look = table.looks[r]?.[0] ?? "cell";
      return look === "cell" ? table.rowHeight : HEIGHTS[look];
    },
    after: PAGE_NUMBERS,
  });
  const part = parts.sheets[0];
  const workbookXml = (await partText(zip, parts.workbookPath)) ?? "";
  zip.file(parts.workbookPath, withPrintTitles(workbookXml, part.name ?? table.grid.sheet, 0, table.headerRow + 1));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
