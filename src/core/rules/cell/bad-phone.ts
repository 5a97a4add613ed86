import { cellText } from "../../table/grid";
import { readPhone, splitPhones } from "../../text/phone";
import { forEachFilledCell } from "../each-cell";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "cell/bad-phone",
    group: "cell",
    severity: "warning",
    description: "电话既不是 11 位手机号（1[3-9]…），也不是带区号的固定电话或 400/800 号码",
    source: "practice：会议通知和签到表应写明联系电话",
    messages: {
      badPhone: "电话“{text}”不是有效的手机号或带区号的固定电话",
    },
    fixable: false,
  },
  kinds: "any",
  check(ctx) {
    forEachFilledCell(ctx.table, ["phone"], (row, col, value) => {
      for (const text of splitPhones(cellText(value)))
        if (readPhone(text).kind === null) ctx.report({ messageId: "badPhone", row, col, data: { text } });
    });
  },
});
