import { UserError } from "../../core/user-error";
import { FileReadError } from "./file-error";

const RESAVE = {
  workbook: "请在 Excel 或 WPS 中打开后重新保存为 .xlsx 再试",
  document: "请在 Word 或 WPS 中打开后重新保存为 .docx 再试",
} as const;

/**
 * `read` of a file the user gave, with any failure other than a UserError (a library's “Bug : uncompressed data
 * size mismatch”, a sheet part that is missing, a TypeError on a part that is not what it should be) said as the
 * one thing it means to the user: the file is damaged. What went wrong inside is kept as the error's cause.
 */
export async function readingFile<T>(fileName: string, kind: keyof typeof RESAVE, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw damagedFile(fileName, kind, error);
  }
}

export function damagedFile(fileName: string, kind: keyof typeof RESAVE, cause?: unknown): FileReadError {
  const what = error(cause);
  const damaged = new FileReadError(`${fileName}：文件已损坏或不完整${what}，无法读取。${RESAVE[kind]}`);
  damaged.cause = cause;
  return damaged;
}

/** A hint at what is damaged, where the library says it in a way worth passing on. */
function error(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : "";
  if (/uncompressed data size mismatch|crc32|corrupted zip|end of central directory/i.test(message))
    return "（压缩包的目录与内容不符）";
  if (cause instanceof RangeError && /call stack/i.test(message)) return "（内容嵌套过深）";
  return "";
}

/** A workbook with no visible sheet: Excel keeps one visible, so its list of sheets is damaged. */
export const noSheetRead = (fileName: string) =>
  new FileReadError(`${fileName}：文件已损坏，读不出任何工作表。${RESAVE.workbook}`);

/** A sheet the workbook lists whose part is missing or could not be parsed. */
export const missingSheet = (fileName: string, sheet: string) =>
  new FileReadError(`${fileName}：文件已损坏，工作表“${sheet}”的内容缺失或无法读取。${RESAVE.workbook}`);
