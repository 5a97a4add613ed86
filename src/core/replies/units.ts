import { matchKey } from "../text/normalize";

/** How a unit's name ends: 局, 委, 镇, 街道办事处, 公司 … (a piece of a list that ends otherwise is no unit). */
const UNIT_END =
  /(?:局|委|委员会|办|办公室|院|镇|乡|街道|街道办事处|办事处|中心|公司|集团|厅|部|处|科|所|会|站|队|校|学校|医院|银行|政府|党委|人大|政协|法院|检察院|分局|支队|大队|中队|管委会|园区|社|馆|团|联)$/;
/** What follows the units in a 参会范围 sentence: who of each unit comes (`分管负责同志1名`). */
const WHO_AFTER =
  /(?:的)?(?:主要|分管|有关|相关)?(?:负责同志|负责人|领导同志|领导|同志|人员|干部|代表|联络员|工作人员|各\s*[1-9一二两三四五六七八九十]).*$/;
const LEAD_IN = /^(?:请|由|邀请|通知|参会范围[:：]?|参会单位[:：]?|参加人员[:：]?|参会人员[:：]?)/;

/**
 * The units a 主送 line or a 参会范围 sentence names one by one (`县应急管理局、县财政局…主要负责同志`), in its order.
 * Collective names (`各乡镇人民政府`, `县直各单位`) name no unit a 回执 can be expected from, and are left out.
 */
export function unitsNamedIn(text: string): string[] {
  const units: string[] = [];
  for (const raw of text.split(/[、，,；;：:\s]|和(?=[^，、]{2,})|及(?=[^，、]{2,})/)) {
    const piece = raw
      .replace(/[（(][^）)]*[）)]/g, "")
      .replace(LEAD_IN, "")
      .replace(WHO_AFTER, "")
      .trim();
    if (piece.length < 2 || piece.length > 30 || /各|全体|所有|有关|相关|其他/.test(piece)) continue;
    if (UNIT_END.test(piece) && !units.includes(piece)) units.push(piece);
  }
  return units;
}

/** Units one a line (a 单位列表.txt), blank lines and `#` notes left out. */
export function unitsOfList(text: string): string[] {
  const units: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const unit = line
      .replace(/#.*$/, "")
      .replace(/^\s*\d+[.、．)]\s*/, "")
      .trim();
    if (unit && !units.includes(unit)) units.push(unit);
  }
  return units;
}

/** Two spellings of one unit: the same words, or one inside the other (`财政局` in `县财政局`). */
export function sameUnit(a: string, b: string): boolean {
  const ka = matchKey(a);
  const kb = matchKey(b);
  if (!ka || !kb) return false;
  return ka === kb || (Math.min(ka.length, kb.length) >= 2 && (ka.includes(kb) || kb.includes(ka)));
}

/** Whether a text reads as a unit's name rather than a person's. */
export function looksLikeUnit(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return t.length >= 3 && UNIT_END.test(t);
}
