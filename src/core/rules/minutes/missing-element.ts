import { structureRecognised } from "../../meeting/elements";
import { defineMinutesRule } from "./define";

export default defineMinutesRule({
  meta: {
    id: "minutes/missing-element",
    group: "minutes",
    element: true,
    reveal: "when-asked",
    severity: "error",
    description: "会议纪要缺少必备要素：会议时间、地点、主持人、出席人员、议定事项",
    source:
      "practice：会议记录如实记录会议时间、地点、参会人员、会议内容及会议决议；GB/T 9704-2012 10.3：纪要标注出席人员名单",
    messages: {
      missing: "纪要缺少“{element}”",
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
