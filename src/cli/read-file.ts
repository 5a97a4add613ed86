import { readFile, stat } from "node:fs/promises";
import { FileReadError } from "../hosts/files/file-error";

/** A file's bytes, or a one-line Chinese reason it cannot be read. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    // A named pipe or a device would make the read wait for ever (or read for ever).
    if (!info.isFile() && !info.isDirectory())
      throw new FileReadError(`${path}：不是普通文件（命名管道、设备或套接字），不读取`);
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileReadError(
      code === "ENOENT"
        ? `${path}：文件不存在`
        : code === "EISDIR"
          ? `${path}：这是文件夹，不是文件`
          : `${path}：无法读取（${code ?? "未知错误"}）`,
    );
  }
}
