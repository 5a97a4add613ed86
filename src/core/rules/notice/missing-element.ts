import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/missing-element",
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
    const doc = ctx.doc;
    const elements: [string, unknown][] = [
      ["会议名称", doc.meetingName],
      ["会议时间", doc.meetingDate ?? doc.meetingTimeText],
      ["会议地点", doc.place],
      ["参会人员/参会单位", doc.attendees],
      ["会议内容/议程", doc.agenda],
      ["联系人", doc.contacts[0]],
      ["联系电话", doc.phones[0]],
      ["发文机关署名", doc.signature],
      ["成文日期", doc.issueDate],
    ];
    for (const [element, value] of elements) if (!value) ctx.report({ messageId: "missing", data: { element } });
  },
});
