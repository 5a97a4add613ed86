import { defineNoticeRule } from "./define";

const PRECISE = /[楼层室厅号馆座栋]|礼堂|会场|\d+\s*(?:楼|层|室)/;

export default defineNoticeRule({
  meta: {
    id: "notice/place-imprecise",
    severity: "warning",
    description: "会议地点没有具体到楼层或房间（楼、层、室、厅、号……）",
    source: "practice：会议地点要准确到具体楼层、门牌号",
    messages: {
      imprecise: "会议地点“{place}”未具体到楼层、房间",
    },
    fixable: false,
  },
  check(ctx) {
    const place = ctx.doc.place;
    if (!place || PRECISE.test(place.value)) return;
    ctx.report({ messageId: "imprecise", at: place.at, data: { place: place.value.replace(/[。；;]$/, "") } });
  },
});
