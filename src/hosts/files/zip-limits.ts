import { FileReadError } from "./file-error";

/** How large a workbook or document may unpack to: a 200,000-row register is about 100 MB. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** Each entry's unpacked size by name, from the central directory; null when it cannot be read. */
export function entrySizes(bytes: Uint8Array): Map<string, number> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 65_557);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    const sizes = new Map<string, number>();
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const size = view.getUint32(offset + 24, true);
      const nameLength = view.getUint16(offset + 28, true);
      // Byte by byte (names are matched against ASCII part names); TextDecoder is missing where tests run the pane.
      let name = "";
      for (let k = 0; k < nameLength; k++) name += String.fromCharCode(bytes[offset + 46 + k]);
      // 0xFFFFFFFF: the real size is in a ZIP64 field, 4 GB or more.
      sizes.set(name, (sizes.get(name) ?? 0) + (size === 0xffffffff ? Number.POSITIVE_INFINITY : size));
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return sizes;
  }
  return null;
}

/**
 * Refuses a zip that would unpack beyond the limit (a zip bomb, or no register anyone keeps), in one line;
 * returns the entry sizes it read, for a reader with limits of its own.
 */
export function assertUnzipsWithinLimit(
  bytes: Uint8Array,
  fileName: string,
  limit = MAX_UNZIPPED_BYTES,
): Map<string, number> | null {
  const sizes = entrySizes(bytes);
  const size = sizes === null ? null : [...sizes.values()].reduce((a, b) => a + b, 0);
  if (size !== null && size > limit) {
    const mb = Number.isFinite(size) ? `${Math.round(size / 1024 / 1024)} MB` : "超过 4 GB";
    throw new FileReadError(
      `${fileName}：解压后有 ${mb}，超过 ${Math.round(limit / 1024 / 1024)} MB 的上限，不读取（可能是异常或被篡改的文件）`,
    );
  }
  return sizes;
}
