/** One entry of a zip's central directory, with the ZIP64 sizes and offset where the entry has them. */
export interface ZipEntry {
  /** Byte by byte, as SheetJS names parts: part names are ASCII, and SheetJS looks them up this way. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** What the directory says the entry unpacks to: a claim to refuse early on, never a bound. */
  claimedSize: number;
  localHeaderOffset: number;
}

export class ZipDamaged extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;
}

/** Where the central directory starts: from the ZIP64 end record when the file has one (over 65,535 entries). */
function directoryStart(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 65_557);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const locator = at - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
      const record = uint64(view, locator + 8);
      if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) throw new ZipDamaged();
      return uint64(view, record + 48);
    }
    return view.getUint32(at + 16, true);
  }
  throw new ZipDamaged();
}

/** The fields a ZIP64 extra field (0x0001) holds: only those whose directory field is all ones, in this order. */
function applyZip64Extra(view: DataView, from: number, to: number, entry: ZipEntry): void {
  for (let at = from; at + 4 <= to;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const end = Math.min(at + 4 + size, to);
      const next = () => {
        if (field + 8 > end) throw new ZipDamaged();
        const value = uint64(view, field);
        field += 8;
        return value;
      };
      if (entry.claimedSize === 0xffffffff) entry.claimedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/**
 * Every entry of the central directory, walked by its signatures rather than by the end record's count (a
 * 16-bit count stops at 65,535 entries, and a count can lie). Stops past `maxEntries` with `onTooMany`.
 */
export function zipDirectory(bytes: Uint8Array, maxEntries: number, onTooMany: () => never): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw new ZipDamaged();
  const entries: ZipEntry[] = [];
  let at = directoryStart(bytes, view);
  while (at + 46 <= bytes.length && view.getUint32(at, true) === DIRECTORY_ENTRY) {
    if (entries.length >= maxEntries) onTooMany();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const nameStart = at + 46;
    const extraEnd = nameStart + nameLength + extraLength;
    if (extraEnd > bytes.length) throw new ZipDamaged();
    let name = "";
    for (let k = nameStart; k < nameStart + nameLength; k++) name += String.fromCharCode(bytes[k]);
    const entry: ZipEntry = {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      claimedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, nameStart + nameLength, extraEnd, entry);
    entries.push(entry);
    at = extraEnd + view.getUint16(at + 32, true);
  }
  if (entries.length === 0) throw new ZipDamaged();
  return entries;
}

/** Where an entry's data starts: after its local header, whose name and extra lengths may differ from the directory's. */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) throw new ZipDamaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipDamaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start > bytes.length) throw new ZipDamaged();
  return start;
}
