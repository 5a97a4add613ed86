import type { Located } from "../document/span";
import { located } from "../document/span";
import { parseChineseNumeral } from "../text/chinese-numbers";

/** How many people each unit may send, as the notice says it, and where. */
export interface Quota {
  count: number;
  text: Located<string>;
}

const COUNT = "([1-9]|[一二两三四五六七八九十])";
/**
 * `每单位1名`, `每个单位限报2人`, `各单位限报2人`, `分管负责同志1名`, `主要负责同志各1人`: a number of people per unit.
 * A bare `10人` is the size of something else (a room, the whole meeting), so a unit or a person must be named.
 */
const PER_UNIT = new RegExp(
  `(?:每(?:个)?(?:单位|部门|乡镇)|各(?:单位|部门|乡镇))\\s*(?:[^，。；,;]{0,8}?)(?:限报|限|各|报|派|选派|推荐)?\\s*${COUNT}\\s*(?:名|人)` +
    `|(?:负责同志|负责人|领导|同志|联络员|人员)\\s*(?:各)?(?:限报|限)?\\s*${COUNT}\\s*(?:名|人)` +
    `|限报\\s*${COUNT}\\s*(?:名|人)`,
);

/** The first per-unit quota the notice states; null where it states none. */
export function quotaOfNotice(paragraphs: readonly string[]): Quota | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const match = PER_UNIT.exec(paragraphs[i]);
    if (!match) continue;
    const written = match[1] ?? match[2] ?? match[3];
    const count = /^\d$/.test(written) ? Number(written) : written === "两" ? 2 : parseChineseNumeral(written);
    if (count && count > 0) return { count, text: located(match[0], i, match.index, match[0]) };
  }
  return null;
}
