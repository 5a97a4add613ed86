import { UserError } from "../../core/user-error";
import { looksLikeText } from "./text-bytes";

/** A file the product cannot read, with a one-line Chinese explanation for the user. */
export class FileReadError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "FileReadError";
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Checks the first bytes of an Office Open XML file (.xlsx/.docx is a zip) and explains what else it is.
 * An encrypted Office file and an old binary .xls/.doc/.et/.wps are both OLE compound files.
 */
export function assertOfficeZip(bytes: Uint8Array, fileName: string, expected: "xlsx" | "docx"): void {
  if (bytes.length === 0) throw new FileReadError(`${fileName}：文件是空的（0 字节）`);
  if (startsWith(bytes, OLE)) {
    const old = expected === "xlsx" ? ".xls/.et" : ".doc/.wps";
    throw new FileReadError(
      `${fileName}：这是加密（设有打开密码）的文件，或旧版 ${old} 格式。请在 Office 或 WPS 中取消密码并另存为 .${expected} 后再试`,
    );
  }
  if (!startsWith(bytes, ZIP)) {
    const hint = looksLikeText(bytes) ? "看起来是文本文件（如 .csv）" : "文件格式无法识别";
    throw new FileReadError(`${fileName}：不是 .${expected} 文件，${hint}。请另存为 .${expected} 后再试`);
  }
}

/**
 * What a register file is inside, whatever its name says: a zip (.xlsx, .xlsm, .ods), an OLE compound file
 * (.xls, WPS .et, or an encrypted workbook), or text (.csv, .txt, and the ".xls" that web systems export as
 * an HTML or tab-separated table).
 */
export function workbookFormat(bytes: Uint8Array, fileName: string): "zip" | "ole" | "html" | "text" {
  if (bytes.length === 0) throw new FileReadError(`${fileName}：文件是空的（0 字节）`);
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) return "ole";
  if (!looksLikeText(bytes))
    throw new FileReadError(`${fileName}：文件格式无法识别。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试`);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).toLowerCase();
  return /<(html|table|\?xml|!doctype)/.test(head) ? "html" : "text";
}
