import JSZip from "jszip";
import type { Random } from "./fuzz-random";

/** One mutation applied to an input, named so a failure can be reproduced and understood. */
export interface Mutated {
  bytes: Uint8Array;
  steps: string[];
}

const encoder = new TextEncoder();
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// ---- bytes -------------------------------------------------------------------------------------------------

export function mutateBytes(random: Random, bytes: Uint8Array): { bytes: Uint8Array; step: string } {
  const at = random.int(0, Math.max(0, bytes.length - 1));
  switch (random.int(0, 5)) {
    case 0: {
      const out = bytes.slice();
      const flips = random.count(16);
      for (let i = 0; i < flips; i++) out[random.int(0, out.length - 1)] ^= 1 << random.int(0, 7);
      return { bytes: out, step: `flip ${flips} bits` };
    }
    case 1: {
      const inserted = Uint8Array.from({ length: random.count(64) }, () => random.int(0, 255));
      return {
        bytes: concat(bytes.subarray(0, at), inserted, bytes.subarray(at)),
        step: `insert ${inserted.length} bytes at ${at}`,
      };
    }
    case 2: {
      const length = random.count(Math.max(1, bytes.length - at));
      return {
        bytes: concat(bytes.subarray(0, at), bytes.subarray(at + length)),
        step: `delete ${length} bytes at ${at}`,
      };
    }
    case 3:
      return { bytes: bytes.slice(0, at), step: `truncate to ${at} bytes` };
    case 4: {
      const length = random.count(Math.max(1, bytes.length - at));
      const copies = random.count(20);
      const range = bytes.subarray(at, at + length);
      return {
        bytes: concat(bytes.subarray(0, at), ...new Array<Uint8Array>(copies).fill(range), bytes.subarray(at)),
        step: `repeat ${length} bytes at ${at} ${copies} times`,
      };
    }
    default: {
      const out = bytes.slice();
      const value = random.pick([0x00, 0xff, 0x7f, 0x80]);
      for (let i = at; i < Math.min(out.length, at + 4); i++) out[i] = value;
      return { bytes: out, step: `set 4 bytes at ${at} to 0x${value.toString(16)}` };
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// ---- zip sizes -----------------------------------------------------------------------------------------------

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The zip's directory and local headers lie about one entry's sizes: the reader must not trust them. */
export function lieAboutSizes(random: Random, bytes: Uint8Array): { bytes: Uint8Array; step: string } {
  const out = bytes.slice();
  const data = view(out);
  const central: number[] = [];
  for (let i = 0; i + 46 <= out.length; i++) if (data.getUint32(i, true) === 0x02014b50) central.push(i);
  if (central.length === 0) return { bytes: out, step: "no zip directory to lie in" };
  const entry = random.pick(central);
  const nameLength = data.getUint16(entry + 28, true);
  const name = utf8(out.subarray(entry + 46, entry + 46 + nameLength));
  const local = data.getUint32(entry + 42, true);
  const actual = data.getUint32(entry + 24, true);
  const lie = random.pick(["understate", "overstate", "zero", "max", "compressed"] as const);
  const size = {
    understate: Math.floor(actual / 3),
    overstate: actual * 7 + 1,
    zero: 0,
    max: 0xfffffffe,
    compressed: 0,
  }[lie];
  if (lie === "compressed") {
    data.setUint32(entry + 20, Math.max(0, data.getUint32(entry + 20, true) - random.int(1, 64)), true);
  } else {
    data.setUint32(entry + 24, size, true);
    if (local + 30 <= out.length && data.getUint32(local, true) === 0x04034b50) data.setUint32(local + 22, size, true);
  }
  return { bytes: out, step: `zip ${lie}s the size of ${name}` };
}

// ---- zip parts -------------------------------------------------------------------------------------------------

/** A package with one of its XML parts changed, or a part removed. */
export async function mutateZipPart(random: Random, bytes: Uint8Array): Promise<{ bytes: Uint8Array; step: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const xmlNames = names.filter((n) => /\.(xml|rels)$/.test(n));
  if (random.next() < 0.12) {
    const removed = random.pick(names);
    zip.remove(removed);
    return {
      bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
      step: `remove ${removed}`,
    };
  }
  // Sheets and the document body are where most reading happens: choose them more often.
  const main = xmlNames.filter((n) => /sheet\d*\.xml$|document\.xml$|content\.xml$|sharedStrings|styles/.test(n));
  const name = random.pick(main.length && random.next() < 0.7 ? main : xmlNames);
  const { text, step } = mutateXml(random, await zip.file(name)!.async("string"));
  zip.file(name, text);
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), step: `${name}: ${step}` };
}

// ---- XML text ---------------------------------------------------------------------------------------------------

/** Places where a text node has content: just after a `>` that a character other than `<` follows. */
function textPlaces(xml: string): number[] {
  const places: number[] = [];
  for (let i = xml.indexOf(">"); i >= 0 && i < xml.length - 1; i = xml.indexOf(">", i + 1))
    if (xml[i + 1] !== "<") places.push(i + 1);
  return places;
}

function tagPlaces(xml: string): number[] {
  const places: number[] = [];
  for (let i = xml.indexOf("<", 1); i >= 0; i = xml.indexOf("<", i + 1)) places.push(i);
  return places;
}

const insertAt = (text: string, at: number, inserted: string) => text.slice(0, at) + inserted + text.slice(at);

const BAD_REFERENCES = [
  "&#0;",
  "&#xFFFFFFF;",
  "&#x1;",
  "&#xB;",
  "&#xD800;",
  "&#65535;",
  "&#99999999999;",
  "&bogus;",
  "&#x;",
];
const RAW_FORBIDDEN = ["\u0000", "\u0001", "\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00"];
const SPREADSHEET_ESCAPES = ["_x000B_", "_x0001_", "_x0000_", "_xD800_", "_x005F_x000B_", "_xFFFF_"];

export function mutateXml(random: Random, xml: string): { text: string; step: string } {
  const texts = textPlaces(xml);
  const tags = tagPlaces(xml);
  const tagAt = tags.length ? random.pick(tags) : 0;
  const textAt = texts.length ? random.pick(texts) : tagAt;
  switch (random.int(0, 11)) {
    case 0: {
      const inserted = random.pick(BAD_REFERENCES);
      return { text: insertAt(xml, textAt, inserted), step: `character reference ${inserted} in text` };
    }
    case 1: {
      const inserted = random.pick(RAW_FORBIDDEN);
      return { text: insertAt(xml, textAt, inserted), step: `raw U+${hex(inserted)} in text` };
    }
    case 2: {
      const inserted = random.pick(SPREADSHEET_ESCAPES);
      return { text: insertAt(xml, textAt, inserted), step: `${inserted} in text` };
    }
    case 3: {
      const rows = random.count(3000);
      const comment = `<!--${'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(rows)}-->`;
      return { text: insertAt(xml, tagAt, comment), step: `comment of ${rows} <row>s` };
    }
    case 4: {
      const depth = random.count(100_000);
      return { text: insertAt(xml, tagAt, "<x>".repeat(depth) + "</x>".repeat(depth)), step: `nest ${depth} deep` };
    }
    case 5: {
      const element = elementAt(xml, tagAt);
      if (!element) return { text: insertAt(xml, tagAt, "</x>"), step: "stray end tag" };
      const copies = random.count(2000);
      const [start, end] = element;
      return {
        text: xml.slice(0, end) + xml.slice(start, end).repeat(copies) + xml.slice(end),
        step: `duplicate ${xml.slice(start, Math.min(end, start + 20))}… ${copies} times`,
      };
    }
    case 6: {
      const ends = tags.filter((i) => xml[i + 1] === "/");
      if (ends.length === 0) return { text: insertAt(xml, tagAt, "<x>"), step: "unclosed start tag" };
      const at = random.pick(ends);
      const end = xml.indexOf(">", at);
      return { text: xml.slice(0, at) + xml.slice(end + 1), step: `drop end tag ${xml.slice(at, end + 1)}` };
    }
    case 7: {
      // Numbers in values and attributes: shared-string indices, row numbers, cell references, counts.
      const numbers = [...xml.matchAll(/\d+/g)];
      if (numbers.length === 0) return { text: xml, step: "no number to change" };
      const match = random.pick(numbers);
      const value = random.pick(["99999999", "-1", "1048577", "4294967296", "1e308", "NaN", "0", ""]);
      return {
        text: xml.slice(0, match.index) + value + xml.slice(match.index + match[0].length),
        step: `number ${match[0]} → “${value}”`,
      };
    }
    case 8: {
      // A start tag repeated without its `>`: long runs for patterns such as `<x\b[^>]*a="…"[^>]*>`.
      const tag = /^<[\w:]+/.exec(xml.slice(tagAt))?.[0] ?? "<x";
      const copies = random.count(5000);
      return {
        text: insertAt(xml, tagAt, `${tag} a="1" `.repeat(copies)),
        step: `${copies} unfinished ${tag} start tags`,
      };
    }
    case 9: {
      const length = random.count(200_000);
      return { text: insertAt(xml, textAt, "会".repeat(length)), step: `text of ${length} characters` };
    }
    case 10: {
      const attributes = Array.from({ length: random.count(5000) }, (_, i) => ` a${i}="${i}"`).join("");
      return {
        text: xml.replace(/^([\s\S]*?<[\w:]+)/, `$1${attributes}`),
        step: `root-ish element with many attributes`,
      };
    }
    default: {
      const garbage = random.pick(["<![CDATA[<row>]]>", "<?pi x?>", "<!DOCTYPE x>", "&amp", "<", "]]>", "\uFEFF"]);
      return { text: insertAt(xml, random.next() < 0.5 ? tagAt : textAt, garbage), step: `insert ${garbage}` };
    }
  }
}

const hex = (ch: string) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** The start and end of the element whose start tag begins at `at` (a shallow search, good enough to copy it). */
function elementAt(xml: string, at: number): [number, number] | null {
  const name = /^<([\w:]+)/.exec(xml.slice(at, at + 100))?.[1];
  if (!name) return null;
  const close = xml.indexOf(">", at);
  if (close < 0) return null;
  if (xml[close - 1] === "/") return [at, close + 1];
  const end = xml.indexOf(`</${name}>`, close);
  return end < 0 ? null : [at, end + name.length + 3];
}

// ---- CSV ---------------------------------------------------------------------------------------------------------

export function mutateCsv(random: Random, bytes: Uint8Array): { bytes: Uint8Array; step: string } {
  const text = utf8(bytes);
  const at = random.int(0, text.length);
  const edit = (inserted: string, step: string) => ({ bytes: encoder.encode(insertAt(text, at, inserted)), step });
  switch (random.int(0, 7)) {
    case 0:
      return edit('"', "unbalanced quote");
    case 1: {
      const columns = random.count(40_000);
      return edit(`\n${",".repeat(columns)}x\n`, `row of ${columns} columns`);
    }
    case 2: {
      const lines = random.count(300_000);
      return edit("\n".repeat(lines), `${lines} blank lines`);
    }
    case 3: {
      const length = random.count(60_000);
      return edit(`"${"长".repeat(length)}"`, `quoted cell of ${length} characters`);
    }
    case 4:
      return edit(random.pick(RAW_FORBIDDEN) + random.pick(SPREADSHEET_ESCAPES), "control characters and _x…_");
    case 5: {
      const gbk = Uint8Array.from([0xd5, 0xc5, 0xc8, 0xfd]); // 张三 in GBK, inside a UTF-8 file
      const offset = encoder.encode(text.slice(0, at)).length;
      return { bytes: concat(bytes.subarray(0, offset), gbk, bytes.subarray(offset)), step: "GBK bytes in UTF-8" };
    }
    case 6:
      return edit(`"a""b"c,"\r\r\n"`, "quotes and carriage returns");
    default:
      return edit(`${'"'.repeat(random.count(5000))}`, "run of quotes");
  }
}

// ---- JSON --------------------------------------------------------------------------------------------------------

const WEIRD_VALUES: (() => unknown)[] = [
  () => null,
  () => 12,
  () => -1.5e308,
  () => true,
  () => "",
  () => "\u0000\u000B\u0001_x000B_&<>\"'\uD800",
  () => [],
  () => ({}),
  () => [1, "二", null],
  () => ({ name: 1, phone: null }),
  () => "会".repeat(100_000),
  () => "2026-02-30T25:61",
];

/** A JSON document with one value replaced (wrong type, control characters, huge), or a key added. */
export function mutateJson(random: Random, bytes: Uint8Array): { bytes: Uint8Array; step: string } {
  let value: unknown = JSON.parse(utf8(bytes).replace(/^\uFEFF/, ""));
  const step = random.int(0, 9);
  if (step === 0) {
    value = random.pick([[], null, 1, '"x"', "会议"]);
    return { bytes: encoder.encode(JSON.stringify(value)), step: `whole document → ${JSON.stringify(value)}` };
  }
  if (step === 1) {
    const depth = random.count(200_000);
    return { bytes: encoder.encode("[".repeat(depth) + "]".repeat(depth)), step: `array nested ${depth} deep` };
  }
  const paths = containers(value);
  const [holder, path] = random.pick(paths);
  const keys = Object.keys(holder);
  if (step === 2 || keys.length === 0) {
    const key = random.pick(["__proto__", "constructor", "未知字段", "toString"]);
    Object.defineProperty(holder, key, { value: 1, enumerable: true, writable: true, configurable: true });
    return { bytes: encoder.encode(JSON.stringify(value)), step: `add key ${key} at ${path}` };
  }
  const key = random.pick(keys);
  const replacement = random.pick(WEIRD_VALUES)();
  (holder as Record<string, unknown>)[key] = replacement;
  const shown = JSON.stringify(replacement).slice(0, 40);
  return { bytes: encoder.encode(JSON.stringify(value)), step: `${path}.${key} → ${shown}` };
}

function containers(value: unknown, path = "$"): [object, string][] {
  if (value === null || typeof value !== "object") return [];
  const found: [object, string][] = [[value, path]];
  for (const [key, child] of Object.entries(value)) found.push(...containers(child, `${path}.${key}`));
  return found;
}
