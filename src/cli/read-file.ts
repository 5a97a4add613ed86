import { FileReadError } from "../hosts/files/file-error";
import { MAX_INPUT_BYTES, inputTooLarge } from "../hosts/files/input-size";
import { RegularFileError, readRegularFile } from "./regular-file";

export { MAX_INPUT_BYTES };

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
        throw inputTooLarge(path, reason.size, maxBytes);
      default:
        throw new FileReadError(`${path}：无法读取（${reason.code}）`);
    }
  }
}
