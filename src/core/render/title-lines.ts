import { textWidth } from "./paragraph";

/** Words of meeting titles a line break must not cut (词意完整): 委员/会 reads as two words. */
const WORDS =
  /常务委员会|委员会|常委会|领导小组|办公室|人民政府|全体成员|安全生产|安全防范|今冬明春|防灭火|党风廉政|反腐败|建设|整治|提升|工作会议|电视电话|座谈会|推进会|培训班|联席会议|专题会议|会议|工作|部署|扩大|\d+(?:年度|[年月日])?|[A-Za-z]+/g;

/** The cut positions that would fall inside one of `WORDS`. */
function positionsInsideWords(chars: string[]): Set<number> {
  const inside = new Set<number>();
  const text = chars.join("");
  for (const m of text.matchAll(WORDS)) {
    const start = [...text.slice(0, m.index)].length;
    const length = [...m[0]].length;
    for (let cut = start + 1; cut < start + length; cut++) inside.add(cut);
  }
  return inside;
}

/**
 * Splits a long title into lines of balanced length (GB/T 9704 7.3.1: 回行时要做到词意完整，排列对称，长短适宜),
 * preferring breaks after 关于, before 暨 and 的通知/的意见, and after punctuation; never splitting 的通知, and
 * not inside a word of `WORDS` or a number.
 */
export function titleLines(title: string, perLine = 20): string[] {
  const width = textWidth(title);
  if (width <= perLine) return [title];
  const lines = Math.ceil(width / perLine);
  const chars = [...title];
  const inside = positionsInsideWords(chars);
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
      if (/关于$|[，、；）)]$/.test(before) || /^暨/.test(after)) score += 3;
      if (/[和与及并]$/.test(before) || /^[和与及并]/.test(after)) score += 2;
      if (inside.has(cut)) score -= 8;
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
