import { defineNoticeRule } from "./define";

/** Words that name a whole building (县政府大楼, 1号楼, A座): a 楼 or 号 in them is no floor or room. */
const BUILDING =
  /(?:大|办公|综合|行政|主|副|东|西|南|北)楼|大厦|[\d一二三四五六七八九十]+\s*号\s*楼|[A-Za-z\d]+\s*[座栋幢]/g;
const PRECISE = /[楼层室厅号]|礼堂|会堂|会场|房间|\d+\s*F\b/i;

export default defineNoticeRule({
  meta: {
    id: "notice/place-imprecise",
    severity: "warning",
    description: "会议地点没有具体到楼层或房间（楼、层、室、厅、号……；“县政府大楼”“1号楼”“A座”只是整栋楼）",
    source: "practice：会议地点要准确到具体楼层、门牌号",
    messages: {
      imprecise: "会议地点“{place}”未具体到楼层、房间",
    },
    fixable: false,
  },
  check(ctx) {
    const place = ctx.doc.place;
    if (!place || PRECISE.test(place.value.replace(BUILDING, ""))) return;
    ctx.report({ messageId: "imprecise", at: place.at, data: { place: place.value.replace(/[。；;]$/, "") } });
  },
});
