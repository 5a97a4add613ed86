import { placePrecision } from "../../meeting/place-precision";
import { defineNoticeRule } from "./define";

const ONLINE_PLACE = /^(?:线上|网上|网络|云端)|腾讯会议|钉钉|^(?:视频|线上)会议(?:系统|平台)?$/;

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
    // `线上`, `腾讯会议`, `视频会议`: a meeting held online has no floor or room to name.
    if (!place || placePrecision(place.value) === 2 || ONLINE_PLACE.test(place.value)) return;
    ctx.report({ messageId: "imprecise", at: place.at, data: { place: place.value.replace(/[。；;]$/, "") } });
  },
});
