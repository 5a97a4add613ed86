import { mkdir, stat, writeFile } from "node:fs/promises";
import { FileReadError } from "../hosts/files/file-error";

/** The file a command would write is already there: said in one line, and told apart without reading it. */
export class FileExistsError extends FileReadError {}

/**
 * Writes a file the command makes. An existing file (its own input, a symlink's target, yesterday's
 * copy) is never replaced unless the user said `--force`: then it is, and only then.
 */
export async function writeOutputFile(path: string, data: Uint8Array | string, force = false): Promise<void> {
  try {
    await writeFile(path, data, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new FileExistsError(`${path} 已存在，未覆盖（确需覆盖请加 --force）`);
    throw new FileReadError(
      code === "ENOENT"
        ? `${path}：所在的文件夹不存在`
        : code === "EISDIR"
          ? `${path}：这是文件夹，不能写成文件`
          : code === "EACCES" || code === "EPERM"
            ? `${path}：没有写入权限`
            : `${path}：无法写入（${code ?? "未知错误"}）`,
    );
  }
}

/**
 * Makes the output folder if it is not there (its parent must be). Not `recursive`: Node's recursive
 * mkdir spins for ever on some special file systems (a folder under /proc).
 */
export async function ensureFolder(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && (await stat(path)).isDirectory()) return;
    throw new FileReadError(
      code === "EEXIST"
        ? `${path}：已有同名的文件，不能用作文件夹`
        : code === "ENOENT"
          ? `${path}：上一级文件夹不存在`
          : `${path}：无法创建文件夹（${code ?? "未知错误"}）`,
    );
  }
}
