import type { PrintTable } from "../../core/look/print-table";
import { docxTableParts } from "../../core/replies/docx-table";
import { signinDocxTable, signinPrintTable, signinSheet } from "../../core/replies/signin-sheet";
import type { RegisterTable } from "../../core/table/register-table";
import { DOCX_TYPE, offerDownload } from "../../hosts/files/download";
import { createFileExcelHost } from "../../hosts/files/file-excel-host";
import { zipDocx } from "../../hosts/files/write-docx";
import { type StatusMessage, downloadedStatus } from "../components/Status";
import { R } from "./replies-strings";

/**
 * A table to print (签到表, 参会名单) downloaded as `fileName`: written as the Excel pane writes it
 * (`writePrintTable`) and made into its own print-ready workbook by the file host. A host of its own, so the table
 * joins no opened file and no file's check.
 */
export async function downloadPrintTable(table: PrintTable, fileName: string): Promise<void> {
  const host = createFileExcelHost([], { storage: null });
  const made = await host.downloadTable(await host.writePrintTable(table));
  offerDownload(made.bytes, fileName, made.type);
}

/**
 * 生成签到表 in file mode: the 参会名单's 签到表 (grouped by unit) downloaded as `${stem}.xlsx` — the sheet the Excel
 * pane adds — or as a Word table, `${stem}.docx`. Gives the status line that says so.
 */
export async function downloadSigninSheet(
  roster: RegisterTable,
  stem: string,
  format: "xlsx" | "docx",
): Promise<StatusMessage> {
  const sheet = signinSheet(roster, "unit");
  const fileName = `${stem}.${format}`;
  if (format === "xlsx") await downloadPrintTable(signinPrintTable(sheet), fileName);
  else offerDownload(await zipDocx(docxTableParts(signinDocxTable(sheet))), fileName, DOCX_TYPE);
  return downloadedStatus(fileName, R.people(sheet.people));
}
