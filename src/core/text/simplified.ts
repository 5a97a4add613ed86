import { ConverterBuilder, type DictGroup, type DictLike } from "opencc-js/core";
import { configs, from, to } from "opencc-js/preset/t2cn";

/** OpenCC's traditional → mainland simplified configuration, as `Converter({ from: "t", to: "cn" })` builds it. */
const T2S = configs.t2s as (typeof configs)[string] & { normalizationChain?: readonly DictGroup[] };

let convert: ((text: string) => string) | null = null;

/** Traditional (Taiwan/Hong Kong/OpenCC standard) characters to mainland simplified. */
export function toSimplified(text: string): string {
  // Building OpenCC's converter takes 40 ms: a text where no conversion can begin never needs it.
  if (!/[^\p{ASCII}]/u.test(text) || !mayConvert(text)) return text;
  convert ??= ConverterBuilder({ from, to, configs })({ from: "t", to: "cn" });
  return convert(text);
}

/** False when no dictionary entry of OpenCC's t2s can begin anywhere in the text: it converts to itself. */
export function mayConvert(text: string): boolean {
  if (!units) units = buildUnitTable();
  for (let i = 0; i < text.length; i++) {
    const start = starts![text.charCodeAt(i)];
    if (start === CONVERTS) return true;
    if (start === STARTS_PHRASE && phraseStarts!.has(pairCode(text.charCodeAt(i), text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

// What one UTF-16 unit can do to a text under matchKey (half width, no spaces, simplified, lower case).
const UNCHANGED = 0;
const MAY_CHANGE = 1;
/** Starts only phrases of two or more characters that convert: it changes only before their second character. */
const STARTS_PHRASE = 2;

let units: Uint8Array | null = null;
let phraseStarts: Set<number> | null = null;
/** Per UTF-16 unit, whether an OpenCC entry begins with it: CONVERTS, STARTS_PHRASE (only with the next), or 0. */
let starts: Uint8Array | null = null;
const CONVERTS = 1;

/**
 * True when matchKey would return the text as it is: most names, units and headers in a register. Checking
 * this is a table lookup per character, against a lookup in a cache of 100,000 names (or an OpenCC pass).
 * Conservative: a text it is unsure of goes the long way.
 */
export function isMatchKeyForm(text: string): boolean {
  units ??= buildUnitTable();
  for (let i = 0; i < text.length; i++) {
    const unit = units[text.charCodeAt(i)];
    if (unit === UNCHANGED) continue;
    if (unit === STARTS_PHRASE && !phraseStarts!.has(pairCode(text.charCodeAt(i), text.charCodeAt(i + 1)))) continue;
    return false;
  }
  return true;
}

/**
 * True when matchKey's key of the text begins with the text's own first unit: one no step of matchKey touches
 * (not a space, a full-width form or a capital) and no conversion begins with there. A test of how the key begins
 * can then look at the text's first character.
 */
export function keyKeepsFirstUnit(text: string): boolean {
  units ??= buildUnitTable();
  const first = text.charCodeAt(0);
  const unit = units[first];
  if (unit === UNCHANGED) return true;
  // It begins phrases (王, 李): kept where the next unit is one nothing touches and no phrase begins with the two.
  const second = text.charCodeAt(1);
  return unit === STARTS_PHRASE && units[second] === UNCHANGED && !phraseStarts!.has(pairCode(first, second));
}

/** keyKeepsFirstUnit, for a text that begins with a CJK ideograph (never a mark or bracket a header key drops). */
export function startsWithKeptIdeograph(text: string): boolean {
  const first = text.charCodeAt(0);
  return ((first >= 0x4e00 && first <= 0x9fff) || (first >= 0x3400 && first <= 0x4dbf)) && keyKeepsFirstUnit(text);
}

function pairCode(first: number, second: number): number {
  // charCodeAt past the end is NaN: a lone last character starts no phrase.
  return first * 0x10000 + (second || 0);
}

/**
 * Units that no step of matchKey touches: ASCII other than capitals and spaces, the middle dot of
 * minority names, CJK punctuation and ideographs. Then every unit that begins a dictionary entry
 * converting to something else is taken back out (or, for phrases, held to their second unit).
 * OpenCC converts by longest match from each position, so a text where no converting entry can begin
 * comes out as it went in.
 */
function buildUnitTable(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(MAY_CHANGE);
  const keep = (fromUnit: number, toUnit: number) => table.fill(UNCHANGED, fromUnit, toUnit + 1);
  keep(0x21, 0x40);
  keep(0x5b, 0x7e);
  keep(0xb7, 0xb7);
  keep(0x3001, 0x303f);
  keep(0x3400, 0x4dbf);
  keep(0x4e00, 0x9fff);
  phraseStarts = new Set();
  starts = new Uint8Array(0x10000);
  const groups = [...(T2S.normalizationChain ?? []), ...T2S.conversionChain];
  for (const group of groups) {
    for (const dict of group) {
      for (const [source, target] of entriesOf(dict)) {
        if (source === target || source === "") continue;
        const first = source.charCodeAt(0);
        if (source.length === 1 || (first >= 0xd800 && first <= 0xdfff)) {
          table[first] = MAY_CHANGE;
          starts[first] = CONVERTS;
        } else {
          if (table[first] === UNCHANGED) table[first] = STARTS_PHRASE;
          if (starts[first] !== CONVERTS) starts[first] = STARTS_PHRASE;
          phraseStarts.add(pairCode(first, source.charCodeAt(1)));
        }
      }
    }
  }
  return table;
}

function entriesOf(dict: DictLike): Iterable<readonly [string, string]> {
  if (typeof dict !== "string") return dict;
  return dict.split("|").map((line) => {
    const [source, target] = line.split(" ");
    return [source ?? "", target ?? ""] as const;
  });
}

/**
 * Simplified text of the same length as the original, so that every offset into it is an offset into
 * the original: phrase conversions that change length fall back to converting character by character.
 */
export function toSimplifiedAligned(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (ch) => {
    const converted = toSimplified(ch);
    return converted.length === ch.length ? converted : ch;
  }).join("");
}
