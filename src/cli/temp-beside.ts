import { randomBytes } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { isProcessAlive } from "./process-alive";

/** A fresh hidden name beside `name` for bytes that will replace it; unique, so a stale one never clashes. */
export function tempNameBeside(name: string): string {
  return `.${name}.huiwu-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
}

/**
 * Removes temp files beside `name` left by a run that was killed mid-write (its process is gone). Also the
 * older `name.huiwu-PID.tmp` form. A temp file of a run still going is left alone.
 */
export async function sweepStaleTempFiles(folder: string, name: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = tempFilePid(entry, name);
    if (pid !== null && !isProcessAlive(pid)) await rm(join(folder, entry), { force: true });
  }
}

function tempFilePid(entry: string, name: string): number | null {
  if (!entry.endsWith(".tmp")) return null;
  const rest = entry.startsWith(`.${name}.huiwu-`)
    ? entry.slice(name.length + 8)
    : entry.startsWith(`${name}.huiwu-`)
      ? entry.slice(name.length + 7)
      : null;
  const pid = rest === null ? null : /^(\d+)(?:-[0-9a-f]+)?\.tmp$/.exec(rest)?.[1];
  return pid ? Number(pid) : null;
}
