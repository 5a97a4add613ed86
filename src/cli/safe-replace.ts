import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { FileReadError } from "../hosts/files/file-error";
import { withLockBeside } from "./lock-beside";
import { readFileBytes } from "./read-file";
import { sweepStaleTempFiles, tempNameBeside } from "./temp-beside";

/** What was read of a file, to tell whether anyone changed it before it is replaced. */
export interface ReadSnapshot {
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

export function snapshotOf(bytes: Uint8Array, info: { size: number; mtimeMs: number; ino: number }): ReadSnapshot {
  return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: sha256(bytes) };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Changes a file the user owns (a 督办台账 appended to): under a lock beside it, reads it, lets `change` make the
 * new bytes (null: nothing to write), and puts them in its place with {@link replaceFile}. Concurrent updates
 * of one file run one after another, so none is lost. A symlink is followed: the link stays a link.
 */
export async function updateUserFile<T>(
  path: string,
  change: (bytes: Uint8Array) => Promise<{ bytes: Uint8Array | null; result: T }>,
): Promise<T> {
  const target = await realTarget(path);
  await assertReplaceable(path, target);
  return withLockBeside(target, path, async () => {
    const before = await stat(target);
    const bytes = await readFileBytes(target);
    const { bytes: next, result } = await change(bytes);
    if (next) await replaceFile(path, next, snapshotOf(bytes, before));
    return result;
  });
}

/**
 * Replaces a file the user owns with `data`, or refuses in one Chinese line and leaves it as it was. The bytes
 * are written to a new file beside it (its real target, for a symlink), flushed to disk, given the old file's
 * mode and owner, and renamed over it only if the file is still what was read (`read`).
 */
export async function replaceFile(path: string, data: Uint8Array, read: ReadSnapshot): Promise<void> {
  const target = await realTarget(path);
  await assertReplaceable(path, target);
  const original = await stat(target);
  const temp = join(dirname(target), tempNameBeside(basename(target)));
  let renamed = false;
  try {
    await writeDurably(path, temp, data, original);
    await assertUnchanged(path, target, read);
    await rename(temp, target);
    renamed = true;
    await syncFolder(dirname(target));
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(
      `${path}：无法替换（${(error as NodeJS.ErrnoException).code ?? "未知错误"}），原文件未改动`,
    );
  } finally {
    if (!renamed) await rm(temp, { force: true });
  }
  await sweepStaleTempFiles(dirname(target), basename(target));
}

/** The file a path names, through any symlinks; a missing file is said so. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileReadError(
      code === "ENOENT"
        ? `${path}：文件不存在（或符号链接指向的文件不存在）`
        : `${path}：无法打开（${code ?? "未知错误"}）`,
    );
  }
}

/** Refuses a file that must not or cannot be replaced whole: read-only, open in Excel/WPS/LibreOffice, or shared. */
export async function assertReplaceable(path: string, target: string): Promise<void> {
  const info = await lstat(target);
  if (!info.isFile()) throw new FileReadError(`${path}：不是普通文件，不修改`);
  // Root may write anything; a file without write bits was still made read-only on purpose.
  const readOnly =
    (info.mode & 0o222) === 0 ||
    (await access(target, constants.W_OK).then(
      () => false,
      () => true,
    ));
  if (readOnly) throw new FileReadError(`${path}：文件是只读的，未修改；如确需追加，请先取消只读`);
  if (info.nlink > 1) throw new FileReadError(`${path}：文件有多个硬链接，替换会使其他链接仍是旧内容；未修改`);
  const name = basename(target);
  for (const lock of [`~$${name}`, `.~lock.${name}#`])
    if (await exists(join(dirname(target), lock)))
      throw new FileReadError(
        `${path}：文件正在 Excel、WPS 或 LibreOffice 中打开（有锁文件 ${lock}），未修改；请先保存并关闭它再试（若并未打开，可删除该锁文件）`,
      );
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && info.uid !== uid)
    throw new FileReadError(`${path}：文件属于其他用户，替换会改变它的所有者；未修改，请由文件所有者运行`);
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

async function writeDurably(
  path: string,
  temp: string,
  data: Uint8Array,
  original: { mode: number; uid: number; gid: number },
): Promise<void> {
  let handle;
  try {
    // O_EXCL: never write into a file someone placed at the temp name.
    handle = await open(temp, "wx", original.mode & 0o7777);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileReadError(
      code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? `${path}：所在文件夹不能写入新文件，无法安全替换；未修改`
        : `${path}：无法在旁边写入临时文件（${code ?? "未知错误"}），未修改`,
    );
  }
  try {
    await handle.writeFile(data);
    // The umask narrowed the mode given to open; set it exactly, and the owner where we may (root).
    await handle.chmod(original.mode & 0o7777);
    if (process.getuid?.() === 0) await handle.chown(original.uid, original.gid);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Refuses when the file is no longer what was read: another program saved it meanwhile. */
async function assertUnchanged(path: string, target: string, read: ReadSnapshot): Promise<void> {
  const now = await stat(target);
  const same =
    now.size === read.size &&
    now.mtimeMs === read.mtimeMs &&
    now.ino === read.ino &&
    sha256(await readFile(target)) === read.sha256;
  if (!same) throw new FileReadError(`${path}：读取之后文件已被其他程序修改，为免丢失那次修改，未写入；请重新运行`);
}

async function syncFolder(folder: string): Promise<void> {
  // Where a folder cannot be opened for fsync (Windows, some network file systems) the rename still stands.
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}
