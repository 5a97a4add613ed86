import { defineNoticeRule } from "./define";

const TRAILING = /[。，,；;：:、.！!？?]+$/;

export default defineNoticeRule({
  meta: {
    id: "notice/attachment-punctuation",
    group: "notice",
    severity: "info",
    description: "附件名称后加了标点",
    source: "GB/T 9704-2012 7.3.4：附件名称后不加标点符号",
    messages: {
      punctuation: "附件名称“{name}”后不加标点",
    },
    fixable: true,
  },
  check(ctx) {
    for (const attachment of ctx.doc.attachments) {
      if (!TRAILING.test(attachment.value)) continue;
      const fixed = attachment.value.replace(TRAILING, "");
      ctx.report({ messageId: "punctuation", at: attachment.at, data: { name: attachment.value }, fix: fixed });
    }
  },
});
