/**
 * Text files as Chinese offices save them: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), or GBK
 * (Notepad and Excel on a Chinese Windows). The BOM is removed.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gbk").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

/** Whether the first bytes look like text (no control bytes but tab and line ends; UTF-16 by its BOM). */
export function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return [...bytes.subarray(0, 512)].every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}
