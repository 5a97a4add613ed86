import { FileReadError } from "../hosts/files/file-error";
import { RegularFileError, megabytes, readRegularFile } from "./regular-file";

/** The largest input read at all: a workbook is refused past 512 MB unpacked, a text file past 100 MB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** A file's bytes, or a one-line Chinese reason it cannot be read. */
export async function readFileBytes(path: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  try {
    return await readRegularFile(path, maxBytes);
  } catch (error) {
    if (!(error instanceof RegularFileError)) throw error;
    const reason = error.reason;
    switch (reason.why) {
      case "missing":
        throw new FileReadError(`${path}：文件不存在`);
      case "folder":
        throw new FileReadError(`${path}：这是文件夹，不是文件`);
      case "special":
        throw new FileReadError(`${path}：不是普通文件（命名管道、设备或套接字），不读取`);
      case "too-large":
        throw new FileReadError(
          `${path}：文件有 ${megabytes(reason.size)}，超过 ${megabytes(maxBytes)} 的上限，不读取`,
        );
      default:
        throw new FileReadError(`${path}：无法读取（${reason.code}）`);
    }
  }
}
