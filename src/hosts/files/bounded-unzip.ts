import { Inflate } from "pako";
import { FileReadError } from "./file-error";
import { type ZipEntry, ZipDamaged, entryDataStart, zipDirectory } from "./zip-directory";
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from "./zip-limits";

export interface UnzipOptions {
  /** The entries the reader needs; every other entry is inflated only to be counted, then dropped. */
  keep: (name: string) => boolean;
  /** The line for a zip that cannot be unpacked (truncated, not a zip inside, an unknown method). */
  damaged: string;
  /** A cap of its own on one entry (a document's body), with the line that says it was passed. */
  partLimit?: { name: string; bytes: number; tooLarge: (claimed?: number) => string };
  limit?: number;
  maxEntries?: number;
}

const INPUT_SLICE = 64 * 1024;
const OUTPUT_CHUNK = 64 * 1024;
/** Kept entries up to this much are held from the counting pass; past it they are inflated again, once counted. */
const HOLD_WHILE_COUNTING = 32 * 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The entries of a zip (.xlsx, .docx, .ods), each inflated with a running count against the limit: the
 * directory's sizes are only used to refuse early, never trusted (a directory can understate an entry a
 * thousand times). A zip bomb stops with one line once the bytes really unpacked pass the limit, holding at
 * most 32 MB meanwhile. Returns the kept entries by name, in directory order (the first of duplicate names).
 */
export function unzipWithinLimits(bytes: Uint8Array, fileName: string, options: UnzipOptions): Map<string, Uint8Array> {
  const limit = options.limit ?? MAX_UNZIPPED_BYTES;
  const maxEntries = options.maxEntries ?? MAX_ZIP_ENTRIES;
  const tooLarge = (said: string) =>
    new FileReadError(`${fileName}：解压后${said}，超过 ${mb(limit)} 的上限，不读取（可能是异常或被篡改的文件）`);
  try {
    const entries = zipDirectory(bytes, maxEntries, () => {
      throw new FileReadError(
        `${fileName}：压缩包中的部件超过 ${maxEntries.toLocaleString("en-US")} 个（上限），不读取（可能是异常或被篡改的文件）`,
      );
    });
    if (entries.some((e) => e.flags & 0x0001))
      throw new FileReadError(`${fileName}：文件中的内容已加密，无法读取。请取消密码、重新保存后再试`);
    const claimed = entries.reduce((sum, e) => sum + e.claimedSize, 0);
    if (claimed > limit) throw tooLarge(claimed >= 0xffffffff ? "超过 4 GB" : `有 ${mb(claimed)}`);
    const part = options.partLimit;
    const partEntry = part && entries.find((e) => e.name === part.name);
    if (part && partEntry && partEntry.claimedSize > part.bytes)
      throw new FileReadError(part.tooLarge(partEntry.claimedSize));

    let total = 0;
    let held = 0;
    const sizes: number[] = [];
    const kept = new Map<string, Uint8Array | null>();
    entries.forEach((entry, i) => {
      const keep = options.keep(entry.name) && !kept.has(entry.name);
      let chunks: Uint8Array[] | null = keep ? [] : null;
      let size = 0;
      inflateEntry(bytes, entry, (chunk) => {
        size += chunk.length;
        total += chunk.length;
        if (total > limit) throw tooLarge("的实际大小与文件目录中记的不符");
        if (entry === partEntry && size > part!.bytes) throw new FileReadError(part!.tooLarge());
        if (chunks && held + size <= HOLD_WHILE_COUNTING) chunks.push(chunk);
        else chunks = null;
      });
      sizes[i] = size;
      if (!keep) return;
      const whole = chunks && joined(chunks, size);
      if (whole) held += size;
      kept.set(entry.name, whole);
    });

    const parts = new Map<string, Uint8Array>();
    entries.forEach((entry, i) => {
      if (!kept.has(entry.name) || parts.has(entry.name)) return;
      parts.set(entry.name, kept.get(entry.name) ?? inflatedAgain(bytes, entry, sizes[i]));
    });
    return parts;
  } catch (error) {
    if (error instanceof ZipDamaged) throw new FileReadError(options.damaged);
    throw error;
  }
}

function joined(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

function inflatedAgain(bytes: Uint8Array, entry: ZipEntry, size: number): Uint8Array {
  const whole = new Uint8Array(size);
  let at = 0;
  inflateEntry(bytes, entry, (chunk) => {
    whole.set(chunk, at); // the same bytes as the first pass: they fit
    at += chunk.length;
  });
  return whole;
}

/**
 * Hands each piece of an entry's unpacked bytes to `take` as it is inflated; `take` may throw to stop. The
 * deflate stream is read until it ends, not to the directory's compressed size (which may be wrong too).
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, take: (chunk: Uint8Array) => void): void {
  const start = entryDataStart(bytes, entry);
  if (entry.method === 0) {
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new ZipDamaged();
    if (end > start) take(bytes.subarray(start, end));
    return;
  }
  if (entry.method !== 8) throw new ZipDamaged();
  const inflater = new Inflate({ raw: true, chunkSize: OUTPUT_CHUNK });
  let status = -1;
  inflater.onData = take;
  inflater.onEnd = (end) => (status = end);
  for (let at = start; !inflater.ended && at < bytes.length; at += INPUT_SLICE)
    inflater.push(bytes.subarray(at, Math.min(at + INPUT_SLICE, bytes.length)), false);
  if (!inflater.ended || status !== 0) throw new ZipDamaged();
}
