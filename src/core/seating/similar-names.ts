import cnchar from "cnchar";
import order from "cnchar-order";

// Sound: cnchar's spell (every reading of a 多音字, tones dropped). Shape: nothing installed judges it directly
// (cnchar-radical, which names a character's radical, is not a dependency), so two characters look alike when
// cnchar-order's stroke sequences say so — see `similarShape`.

let ready = false;
function dictionary(): typeof cnchar {
  if (!ready) {
    if (!cnchar.hasPlugin("order")) cnchar.use(order);
    ready = true;
  }
  return cnchar;
}

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]$/;

const READINGS = new Map<string, readonly string[]>();

/** Every reading of a character, without tones (长 → chang, zhang); none for what is not a Chinese character. */
export function readingsOf(ch: string): readonly string[] {
  if (!HAN.test(ch)) return [];
  let readings = READINGS.get(ch);
  if (readings === undefined) {
    const spelled = String((dictionary().spell as (s: string, ...a: string[]) => string)(ch, "low", "poly"));
    readings = [...new Set(spelled.replace(/[()]/g, "").split("|"))].filter((r) => /^[a-zü]+$/.test(r));
    READINGS.set(ch, readings);
  }
  return readings;
}

/** Two characters read alike: they share a reading, tones aside (伟 and 玮, 长 and 常). */
export function sameSound(a: string, b: string): boolean {
  const ra = readingsOf(a);
  return ra.length > 0 && readingsOf(b).some((r) => ra.includes(r));
}

const STROKES = new Map<string, readonly string[]>();

/** A character's strokes in writing order, as cnchar-order names their shapes (横 竖 撇 点 横折…). */
export function strokesOf(ch: string): readonly string[] {
  if (!HAN.test(ch)) return [];
  let strokes = STROKES.get(ch);
  if (strokes === undefined) {
    const found = (dictionary().stroke as (s: string, ...a: string[]) => unknown[])(ch, "order", "shape")[0];
    strokes = Array.isArray(found) ? (found as string[]) : [];
    STROKES.set(ch, strokes);
  }
  return strokes;
}

function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Strokes two sequences share at their end (the right-hand or lower component, written last). */
function sharedTail(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Two characters that look alike, judged from their stroke sequences alone:
 * - one stroke apart (added, dropped or of another shape), or the same strokes: 未/末, 己/已, 人/入, 大/太,
 *   候/侯, 晴/睛;
 * - or the same last component: they end in the same four or more strokes, at least half of the smaller
 *   character (伟/玮, 清/请, 张/涨) — a different radical beside the same phonetic part.
 * This is an approximation; a radical/component table (cnchar-radical) would judge the second case better.
 */
export function similarShape(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = strokesOf(a);
  const sb = strokesOf(b);
  if (sa.length === 0 || sb.length === 0) return false;
  if (Math.abs(sa.length - sb.length) <= 1 && editDistance(sa, sb) <= 1) return true;
  const tail = sharedTail(sa, sb);
  return tail >= 4 && tail * 2 >= Math.min(sa.length, sb.length);
}

export type Likeness = "sound" | "shape";

/**
 * How a written name is likely a slip for `rostered` (both already in match form: simplified, no spaces), or
 * null: the same length and either every character reads the same (tones aside: 张玮 for 张伟, 李明 for 黎明), or
 * exactly one character differs and the two look alike (王未 for 王末). Identical names are no slip.
 */
export function nameLikeness(written: string, rostered: string): Likeness | null {
  const a = [...written];
  const b = [...rostered];
  if (a.length !== b.length || a.length < 2 || written === rostered) return null;
  const differing = a.map((_, i) => i).filter((i) => a[i] !== b[i]);
  if (differing.every((i) => sameSound(a[i], b[i]))) return "sound";
  if (differing.length === 1 && similarShape(a[differing[0]], b[differing[0]])) return "shape";
  return null;
}
