import { readFileSync, rmSync } from "node:fs";
import { open, readFile, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { FileReadError } from "../hosts/files/file-error";
import { isProcessAlive } from "./process-alive";

/** How long to wait for another run updating the same file before giving up. */
const WAIT_MS = 30_000;
/** A lock older than this is a leftover even when its process number now belongs to another program. */
const STALE_MS = 10 * 60_000;

/**
 * Runs `work` holding a lock file beside `target` (`.name.huiwu-lock`, made with O_EXCL), so that two runs
 * updating one file take turns instead of each writing over the other's change. A lock left by a run that was
 * killed (its process gone, or older than ten minutes) is taken over. `shown` is the path as the user gave it.
 */
export async function withLockBeside<T>(target: string, shown: string, work: () => Promise<T>): Promise<T> {
  const lock = join(dirname(target), `.${basename(target)}.huiwu-lock`);
  const mine = `${process.pid} ${hostname()} ${Math.random().toString(36).slice(2)}\n`;
  await acquire(lock, mine, shown);
  const releaseOnExit = () => releaseSync(lock, mine);
  process.once("exit", releaseOnExit);
  try {
    return await work();
  } finally {
    process.removeListener("exit", releaseOnExit);
    if ((await readFile(lock, "utf8").catch(() => null)) === mine) await rm(lock, { force: true });
  }
}

async function acquire(lock: string, mine: string, shown: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, "wx", 0o600);
      try {
        await handle.writeFile(mine);
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST")
        throw new FileReadError(
          code === "EACCES" || code === "EPERM" || code === "EROFS"
            ? `${shown}：所在文件夹不能写入新文件，无法安全修改；未修改`
            : `${shown}：无法创建锁文件（${code ?? "未知错误"}），未修改`,
        );
    }
    if (await takeOverIfStale(lock)) continue;
    if (Date.now() > deadline)
      throw new FileReadError(`${shown}：另一个 huiwu 正在修改这个文件（锁文件 ${basename(lock)}），请稍后重新运行`);
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
  }
}

/** Removes a lock whose run is gone; true when it did (or the lock vanished meanwhile). */
async function takeOverIfStale(lock: string): Promise<boolean> {
  const [content, info] = await Promise.all([readFile(lock, "utf8").catch(() => null), stat(lock).catch(() => null)]);
  if (content === null || info === null) return true;
  const [pid, host] = content.split(" ");
  // A lock being written has no content yet: stale only if it stays empty (its run was killed right then).
  const age = Date.now() - info.mtimeMs;
  const gone = (content === "" ? age > 5_000 : host === hostname() && !isProcessAlive(Number(pid))) || age > STALE_MS;
  if (!gone) return false;
  // Only the very lock judged stale is removed, not one another run made since.
  if ((await readFile(lock, "utf8").catch(() => null)) !== content) return true;
  await rm(lock, { force: true });
  return true;
}

function releaseSync(lock: string, mine: string): void {
  try {
    if (readFileSync(lock, "utf8") === mine) rmSync(lock, { force: true });
  } catch {
    /* already gone */
  }
}
