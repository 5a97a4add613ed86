import type { ReplySource } from "../../core/replies/read-reply";
import type { Grid } from "../../core/table/grid";
import { type LocalDate, localDateOf } from "../../core/text/dates";
import { UserError } from "../../core/user-error";
import { readingFile } from "./damaged-file";
import { readDocxTables } from "./read-docx-tables";
import { readWorkbookGrids } from "./read-workbook";

/** A 回执 in any format the product reads: a workbook's sheets, or a Word document's tables. */
export async function readReplyGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  if (/\.docx$/i.test(fileName)) return readingFile(fileName, "document", () => readDocxTables(bytes, fileName));
  return readingFile(fileName, "workbook", () => readWorkbookGrids(bytes, fileName));
}

/**
 * A 回执 read into its grids, with when and how it was received; one that cannot be opened becomes a finding of its
 * own (`problem`), not the end of the merge — in the CLI, file mode and the Excel pane alike.
 */
export async function replySource(
  file: string,
  bytes: Uint8Array,
  received: { on: LocalDate; how: string },
): Promise<ReplySource> {
  const base = { file, receivedOn: received.on, receivedHow: received.how };
  try {
    return { ...base, grids: await readReplyGrids(bytes, file) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ...base, grids: [], problem: error.message };
  }
}

/** Received on the day its file was last changed: how a 回执 is dated when nobody says when it came. */
export function receivedByModification(lastModified: number): { on: LocalDate; how: string } {
  return { on: localDateOf(new Date(lastModified)), how: "按文件修改时间" };
}
