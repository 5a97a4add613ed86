import { placePrecision } from "../../meeting/place-precision";
import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/place-imprecise",
    group: "notice",
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
    if (!place || placePrecision(place.value) === 2) return;
    ctx.report({ messageId: "imprecise", at: place.at, data: { place: place.value.replace(/[。；;]$/, "") } });
  },
});
