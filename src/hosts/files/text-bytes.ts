import { FileReadError } from "./file-error";

/** A text file (.csv, .txt, a web system's ".xls") past this is refused before decoding: a 200,000-row .csv is 20 MB. */
export const MAX_TEXT_BYTES = 100 * 1024 * 1024;

const PIECE = 4 * 1024 * 1024;

/**
 * Text files as Chinese offices save them: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), or GBK
 * (Notepad and Excel on a Chinese Windows), decoded in pieces so the whole text need not exist at once. A UTF-8
 * file with a few GBK lines (a line pasted from an old system) is read as UTF-8 with those lines read as GBK:
 * every line reads as it was written. The BOM is removed.
 */
export function* decodeTextPieces(bytes: Uint8Array, fileName = "文本文件"): Generator<string> {
  if (bytes.length > MAX_TEXT_BYTES)
    throw new FileReadError(
      `${fileName}：文本文件有 ${Math.round(bytes.length / 1024 / 1024)} MB，超过 ${MAX_TEXT_BYTES / 1024 / 1024} MB 的上限，不读取`,
    );
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return yield* streamed(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return yield* streamed(bytes.subarray(2), "utf-16be");
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const { gbkLines, utf8Lines } = linesByEncoding(body);
  if (gbkLines.length === 0) return yield* streamed(body, "utf-8");
  if (gbkLines.length > utf8Lines) return yield* streamed(body, "gbk");
  const utf8 = new TextDecoder("utf-8");
  const gbk = new TextDecoder("gbk");
  let at = 0;
  for (const [start, end] of gbkLines) {
    yield* decodedRange(utf8, body, at, start);
    yield gbk.decode(body.subarray(start, end));
    at = end;
  }
  yield* decodedRange(utf8, body, at, body.length);
}

/** The whole text at once, for readers of short texts (a notice, a draft's JSON). */
export function decodeText(bytes: Uint8Array, fileName?: string): string {
  let text = "";
  for (const piece of decodeTextPieces(bytes, fileName)) text += piece;
  return text;
}

function streamed(bytes: Uint8Array, encoding: string): Generator<string> {
  return decodedRange(new TextDecoder(encoding), bytes, 0, bytes.length);
}

/** bytes[from, to) in pieces; a character cut between two pieces is kept whole. */
function* decodedRange(decoder: TextDecoder, bytes: Uint8Array, from: number, to: number): Generator<string> {
  for (let at = from; at < to; at += PIECE)
    yield decoder.decode(bytes.subarray(at, Math.min(at + PIECE, to)), { stream: at + PIECE < to });
}

/**
 * Which lines are not UTF-8 (their byte ranges), and how many lines are UTF-8 with something past ASCII. Lines
 * split at LF, which is never part of a multi-byte character in UTF-8 or GBK.
 */
function linesByEncoding(bytes: Uint8Array): { gbkLines: [number, number][]; utf8Lines: number } {
  const gbkLines: [number, number][] = [];
  let utf8Lines = 0;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const verdict = utf8Verdict(bytes, start, end);
    if (verdict === "invalid") gbkLines.push([start, end]);
    else if (verdict === "multibyte") utf8Lines++;
    start = end;
  }
  return { gbkLines, utf8Lines };
}

/** Whether bytes[from, to) is ASCII, valid UTF-8 with multi-byte characters, or not UTF-8 at all. */
function utf8Verdict(bytes: Uint8Array, from: number, to: number): "ascii" | "multibyte" | "invalid" {
  let multibyte = false;
  for (let i = from; i < to;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    multibyte = true;
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return "invalid";
    if (i + length > to) return "invalid";
    let code = b & (0x7f >> length);
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return "invalid";
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "invalid";
    i += length;
  }
  return multibyte ? "multibyte" : "ascii";
}

/** Whether the first bytes look like text (no control bytes but tab and line ends; UTF-16 by its BOM). */
export function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 512);
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13) return false;
  }
  return true;
}
