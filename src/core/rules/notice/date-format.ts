import { chineseDate } from "../../text/dates";
import { mentionDate } from "../../text/date-mentions";
import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/date-format",
    group: "notice",
    kindFree: true,
    severity: "warning",
    description: "成文日期用了汉字数字（二〇二六年十一月二十日）或编了虚位（2026年03月05日）",
    source: "GB/T 9704-2012 7.3.5：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位",
    messages: {
      chinese: "成文日期“{text}”应使用阿拉伯数字：{fixed}",
      padded: "成文日期“{text}”月、日不编虚位：{fixed}",
    },
    fixable: true,
    fixInMessage: { chinese: true, padded: true },
  },
  check(ctx) {
    const issued = ctx.doc.issueDate;
    if (!issued) return;
    const date = mentionDate(issued.value);
    if (!date || (!issued.value.chineseNumerals && !issued.value.padded)) return;
    const fixed = chineseDate(date);
    ctx.report({
      messageId: issued.value.chineseNumerals ? "chinese" : "padded",
      at: issued.at,
      data: { text: issued.text, fixed },
      fix: fixed,
    });
  },
});
