import { constants } from "node:fs";
import { open } from "node:fs/promises";

export type NotReadable =
  | { why: "missing" | "folder" | "special"; code?: string }
  | { why: "too-large"; size: number }
  | { why: "other"; code: string };

export class RegularFileError extends Error {
  constructor(readonly reason: NotReadable) {
    super(reason.why);
  }
}

/**
 * A regular file's bytes, checked on the opened file itself (fstat), not on its name: a name may be a symlink to
 * /dev/zero (endless), a named pipe (a read that waits for ever; opened non-blocking, it is refused at once) or
 * a device, or grow past the cap while read. Throws a RegularFileError for the caller to put in its words.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new RegularFileError(reasonOf(error));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new RegularFileError({ why: "folder" });
    if (!info.isFile()) throw new RegularFileError({ why: "special" });
    if (info.size > maxBytes) throw new RegularFileError({ why: "too-large", size: info.size });
    // One byte more than the size says: a file that grows while read is caught, not read without end.
    const buffer = new Uint8Array(info.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new RegularFileError({ why: "too-large", size: filled });
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof RegularFileError) throw error;
    throw new RegularFileError(reasonOf(error));
  } finally {
    await handle.close();
  }
}

function reasonOf(error: unknown): NotReadable {
  const code = (error as NodeJS.ErrnoException).code ?? "未知错误";
  if (code === "ENOENT") return { why: "missing" };
  if (code === "EISDIR") return { why: "folder" };
  if (code === "ENXIO" || code === "EAGAIN") return { why: "special", code };
  return { why: "other", code };
}

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
