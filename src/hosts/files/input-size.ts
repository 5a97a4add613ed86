import { FileReadError } from "./file-error";

/** The largest input read at all: a workbook is refused past 512 MB unpacked, a text file past 100 MB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The line for an input past the size cap, said before a byte of it is read (the CLI and file mode alike). */
export function inputTooLarge(fileName: string, size: number, maxBytes = MAX_INPUT_BYTES): FileReadError {
  return new FileReadError(`${fileName}：文件有 ${megabytes(size)}，超过 ${megabytes(maxBytes)} 的上限，不读取`);
}

/** A file the user picked, refused past the size cap before a byte of it is read (here or in a worker). */
export function pickedFileWithinSize<File extends { name: string; size: number }>(file: File): File {
  if (file.size > MAX_INPUT_BYTES) throw inputTooLarge(file.name, file.size);
  return file;
}

/** A file the user picked in the browser, its size checked before it is read into memory. */
export async function pickedFileBytes(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }) {
  return new Uint8Array(await pickedFileWithinSize(file).arrayBuffer());
}
