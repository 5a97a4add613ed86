/**
 * Which hand ranks higher on the 主席台, as the seated leaders face the hall: `left` is the common rule for 党政
 * meetings (左高右低: 2号 at 1号's left hand); `right` is for occasions seated 以右为上.
 */
export type PodiumSide = "left" | "right";

/**
 * The ranks of a 主席台 row of `count` seats, left to right **as the audience sees it** (as printed on a 座次图
 * in the audience's view), by RULES.md §10: 1号 in the centre; 2号 at 1号's left hand as the leaders face the
 * hall, 3号 at the right, and so on outward, alternating; with an even count 1号 and 2号 share the centre, 2号
 * still at 1号's left. The leaders' left is the audience's right, so with `side: "left"`:
 *
 *     podiumOrder(5) → [5, 3, 1, 2, 4]      podiumOrder(4) → [3, 1, 2, 4]
 *
 * and `side: "right"` mirrors them ([4, 2, 1, 3, 5], [4, 2, 1, 3]).
 */
export function podiumOrder(count: number, side: PodiumSide = "left"): number[] {
  if (!Number.isInteger(count) || count <= 0) return [];
  // Audience's view, left side: the odd ranks falling to 1, then the even ranks rising (…5 3 1 2 4…).
  const odd: number[] = [];
  const even: number[] = [];
  for (let rank = 1; rank <= count; rank++) (rank % 2 === 1 ? odd : even).push(rank);
  const order = [...odd.reverse(), ...even];
  return side === "left" ? order : order.reverse();
}

/** The 0-based position (audience's view, left to right) of each rank: `positions[rank - 1]`. */
export function podiumPositions(count: number, side: PodiumSide = "left"): number[] {
  const positions: number[] = new Array<number>(Math.max(0, count)).fill(0);
  podiumOrder(count, side).forEach((rank, position) => (positions[rank - 1] = position));
  return positions;
}

/** 以右为上 written on a chart or in a note selects the right side; anything else leaves the setting as it is. */
export function sideFromText(text: string, fallback: PodiumSide): PodiumSide {
  if (/以右为(上|尊)|右高左低|右为上/.test(text)) return "right";
  if (/以左为(上|尊)|左高右低|左为上/.test(text)) return "left";
  return fallback;
}
