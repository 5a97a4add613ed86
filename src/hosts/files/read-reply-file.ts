import type { Grid } from "../../core/table/grid";
import { readingFile } from "./damaged-file";
import { readDocxTables } from "./read-docx-tables";
import { readWorkbookGrids } from "./read-workbook";

/** A 回执 in any format the product reads: a workbook's sheets, or a Word document's tables. */
export async function readReplyGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  if (/\.docx$/i.test(fileName)) return readingFile(fileName, "document", () => readDocxTables(bytes, fileName));
  return readingFile(fileName, "workbook", () => readWorkbookGrids(bytes, fileName));
}
