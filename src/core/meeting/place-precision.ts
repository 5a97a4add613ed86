/** Words that name a whole building (县政府大楼, 1号楼, A座): a 楼 or 号 in them is no floor or room. */
const BUILDING =
  /(?:大|办公|综合|行政|主|副|东|西|南|北)楼|大厦|[\d一二三四五六七八九十]+\s*号\s*楼|[A-Za-z\d]+\s*[座栋幢]/g;
const PRECISE = /[楼层室厅号]|礼堂|会堂|会场|房间|\d+\s*F\b/i;
/** A named venue, if not yet a room in it: 政务文化中心, 天长宾馆, 县委党校. */
const VENUE = /中心|宾馆|饭店|酒店|大厦|大楼|会馆|党校|学校|中学|小学|学院|大学|基地|园区|礼堂|会堂|[楼馆院]/;

/** 2: down to the floor or room (what RULES.md §6 asks); 1: a named venue; 0: a town or an area (`长沙`, `市区`). */
export function placePrecision(place: string): 0 | 1 | 2 {
  if (PRECISE.test(place.replace(BUILDING, ""))) return 2;
  return VENUE.test(place) ? 1 : 0;
}
