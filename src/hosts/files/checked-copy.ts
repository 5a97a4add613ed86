import { MARK_COLOURS, cellsToMark, reportContent, reportSheetName } from "../../core/report/report";
import type { SheetReport } from "../../core/rules/run-registers";
import { loadWorkbook } from "./read-xlsx";

const argb = (hex: string) => `FF${hex.replace("#", "")}`;

/**
 * A new .xlsx: the user's workbook with faulty cells filled by severity and a 核对报告 sheet added.
 * The bytes the user opened are only read; this is a copy.
 */
export async function checkedCopy(
  bytes: Uint8Array,
  fileName: string,
  sheets: SheetReport[],
  checkedAt: string,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes, fileName);
  for (const [sheetName, cells] of cellsToMark(sheets)) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    for (const [address, severity] of cells) {
      sheet.getCell(address).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: argb(MARK_COLOURS[severity]) },
      };
    }
  }
  const content = reportContent(sheets, checkedAt);
  const report = workbook.addWorksheet(reportSheetName(workbook.worksheets.map((s) => s.name)));
  for (const line of content.title) report.addRow(line);
  report.getRow(1).font = { bold: true, size: 14 };
  for (const tally of content.tallies) report.addRow(tally);
  report.addRow([]);
  const header = report.addRow(content.header);
  header.font = { bold: true };
  for (const row of content.rows) {
    const added = report.addRow([row.sheet, row.cell, row.ruleId, row.severity, row.message]);
    if (row.cell)
      added.getCell(2).value = { text: row.cell, hyperlink: `#'${row.sheet.replace(/'/g, "''")}'!${row.cell}` };
  }
  report.columns = [{ width: 14 }, { width: 10 }, { width: 26 }, { width: 10 }, { width: 70 }];
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
