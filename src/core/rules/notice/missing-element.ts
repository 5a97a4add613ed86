import { structureRecognised } from "../../meeting/elements";
import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/missing-element",
    group: "notice",
    element: true,
    reveal: "when-asked",
    severity: "error",
    description:
      "会议通知缺少必备要素：会议名称、时间、地点、参会人员、会议内容、联系人、联系电话、发文机关署名、成文日期",
    source:
      "practice：会议通知的要素主要包括会议名称、主要内容、报到时间和地点、参会单位、报名要求、联系人姓名和电话；“五要素”；通知上写明召集单位署名、通知发出日期",
    messages: {
      missing: "通知缺少“{element}”",
    },
    fixable: false,
  },
  check(ctx) {
    if (!ctx.reading.fromForm && !structureRecognised(ctx.elements)) return;
    for (const { element, present, belongsAfter, beyondCut, hinted } of ctx.elements) {
      if (!present && !beyondCut && !hinted) ctx.report({ messageId: "missing", data: { element }, belongsAfter });
    }
  },
});
