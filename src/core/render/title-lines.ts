import { textWidth } from "./paragraph";

/**
 * Splits a long title into lines of balanced length (GB/T 9704 7.3.1: 回行时要做到词意完整，排列对称，长短适宜),
 * preferring breaks after 关于, before 的通知/的意见, and after punctuation; never splitting 的通知.
 */
export function titleLines(title: string, perLine = 20): string[] {
  const width = textWidth(title);
  if (width <= perLine) return [title];
  const lines = Math.ceil(width / perLine);
  const chars = [...title];
  const result: string[] = [];
  let start = 0;
  for (let line = 1; line < lines; line++) {
    const ideal = Math.round((chars.length * line) / lines);
    let best = ideal;
    let bestScore = -Infinity;
    for (let cut = Math.max(start + 2, ideal - 4); cut <= Math.min(chars.length - 2, ideal + 4); cut++) {
      const before = chars.slice(0, cut).join("");
      const after = chars.slice(cut).join("");
      let score = -Math.abs(cut - ideal);
      if (/关于$|[，、；]$/.test(before)) score += 3;
      if (/^的(?:通知|意见|决定|报告|请示|批复)/.test(after)) score += 2;
      if (/的$/.test(before) && /^(?:通知|意见)/.test(after)) score -= 10;
      if (/^(?:通知|意见|决定)$/.test(after)) score -= 10;
      if (textWidth(chars.slice(start, cut).join("")) > perLine) score -= 20;
      if (score > bestScore) {
        bestScore = score;
        best = cut;
      }
    }
    result.push(chars.slice(start, best).join(""));
    start = best;
  }
  result.push(chars.slice(start).join(""));
  return result;
}
