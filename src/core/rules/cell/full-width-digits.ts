import { cellText } from "../../table/grid";
import { DATE_ROLES, NUMERIC_ROLES, canonicalHeader } from "../../table/roles";
import { alnumToHalfWidth, hasFullWidthAlnum } from "../../text/normalize";
import { forEachFilledCell } from "../each-cell";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "cell/full-width-digits",
    group: "cell",
    severity: "info",
    description: "数字、电话、日期中有全角数字或字母（如“１３８”）",
    source: "GB/T 9704-2012：公文中的数字使用阿拉伯数字；全角数字影响检索与统计",
    messages: {
      fullWidth: "{column}“{text}”含全角数字或字母",
    },
    fixable: true,
  },
  kinds: "any",
  check(ctx) {
    forEachFilledCell(ctx.table, [...NUMERIC_ROLES, ...DATE_ROLES], (row, col, value, role) => {
      const text = cellText(value);
      if (!hasFullWidthAlnum(text)) return;
      ctx.report({
        messageId: "fullWidth",
        row,
        col,
        data: { column: canonicalHeader(role), text: text.trim() },
        fix: alnumToHalfWidth(text),
      });
    });
  },
});
