import { readPhone } from "../../text/phone";
import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/bad-phone",
    severity: "warning",
    description: "联系电话不是有效的手机号或带区号的固定电话",
    source: "practice：会议通知应写明联系人姓名和电话",
    messages: {
      badPhone: "联系电话“{phone}”不是有效的手机号或带区号的固定电话",
    },
    fixable: false,
  },
  check(ctx) {
    for (const phone of ctx.doc.phones) {
      if (readPhone(phone.value).kind === null)
        ctx.report({ messageId: "badPhone", at: phone.at, data: { phone: phone.value } });
    }
  },
});
