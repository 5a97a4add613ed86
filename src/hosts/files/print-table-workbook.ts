import { PRINT_TABLE_LOOKS, type PrintTable, printTablePage, printTableRowHeight } from "../../core/look/print-table";
import { gridsToXlsx } from "./write-xlsx";
import { styleFirstSheet } from "./xlsx-patch/styled-sheet";
import { partText, withPrintTitles } from "./xlsx-patch/workbook-parts";

export type { PrintTable };

const PAGE_NUMBERS = "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>";

/** The table as an .xlsx ready to print: bordered, fonts set, the header repeated on every page (print titles). */
export async function printTableWorkbook(table: PrintTable): Promise<Uint8Array> {
  const bytes = await gridsToXlsx([{ ...table.grid, widths: table.widths }]);
  const { zip, parts } = await styleFirstSheet(bytes, table.grid.sheet, {
    looks: PRINT_TABLE_LOOKS,
    cells: table.looks,
    page: printTablePage(!!table.landscape),
    rowHeight: (r) => printTableRowHeight(table, r),
    after: PAGE_NUMBERS,
  });
  const part = parts.sheets[0];
  const workbookXml = (await partText(zip, parts.workbookPath)) ?? "";
  zip.file(parts.workbookPath, withPrintTitles(workbookXml, part.name ?? table.grid.sheet, 0, table.headerRow + 1));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
