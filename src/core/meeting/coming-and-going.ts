/**
 * The words that say a day is one people come or go on (`24日报到`, `7月1日离会`, `10月18日 全天:返程`): a day of the
 * notice, but no day the meeting sits.
 */
const LEAVING = "离会|返程|疏散|撤离|离开";
const AFTER_A_DAY = `\\s*(?:全天|上午|下午|晚上)?\\s*(?:报到|${LEAVING})`;

/** `全天:返程`, `离会`: the words after a day that say people leave on it. */
export const LEAVES = new RegExp(LEAVING);

/** Right after a date: `报到`, `上午离会`. */
export const COMES_OR_GOES = new RegExp(`^${AFTER_A_DAY}`);

const NAMED_DAY = new RegExp(`(\\d{1,2})\\s*日${AFTER_A_DAY}`, "g");

/** `会期2天(24日报到,27日疏散)`: the days of the month the text names for coming and going. */
export function comingAndGoingDays(paragraph: string): Set<number> {
  return new Set([...paragraph.matchAll(NAMED_DAY)].map((m) => Number(m[1])));
}
