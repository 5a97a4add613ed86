/** Words that name a whole building (县政府大楼, 1号楼, A座): a 楼 or 号 in them is no floor or room. */
const BUILDING =
  /(?:大|办公|综合|行政|主|副|东|西|南|北)楼|大厦|[\d一二三四五六七八九十]+\s*号\s*楼|[A-Za-z\d]+\s*[座栋幢]/g;
/** `梁銶琚堂`, `怀士堂`: a hall named as a whole, as 礼堂 is (not a 食堂). */
const PRECISE = /[楼层室厅号]|礼堂|会堂|(?<!食)堂$|体育馆$|风雨操场|会场|房间|\d+\s*F\b/i;
/** A named venue, if not yet a room in it: 政务文化中心, 天长宾馆, 县委党校. */
const VENUE = /中心|宾馆|饭店|酒店|大厦|大楼|会馆|党校|学校|中学|小学|学院|大学|基地|园区|礼堂|会堂|[楼馆院]/;

/** 2: down to the floor or room (what RULES.md §6 asks); 1: a named venue; 0: a town or an area (`长沙`, `市区`). */
/** `我厅`, `省厅`, `厅机关`: the 厅 of a department (教育厅), no hall. */
const DEPARTMENT_TING = /(?:我|本|该|全|省|各)厅|厅(?:机关|领导|属|长|直|党组)/g;

/** `鸿远楼前广场`, `山北操场露天`, `田径场`: open ground, with no hall, floor or room to find (a 风雨操场 is roofed). */
const OPEN_GROUND = /(?:(?<!风雨)操场|广场|体育场|田径场|足球场|运动场)(?:露天)?$|露天$/;

export function placePrecision(place: string): 0 | 1 | 2 {
  if (OPEN_GROUND.test(place.trim())) return 1;
  if (PRECISE.test(place.replace(BUILDING, "").replace(DEPARTMENT_TING, ""))) return 2;
  return VENUE.test(place) ? 1 : 0;
}
