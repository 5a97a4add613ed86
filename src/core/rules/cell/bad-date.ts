import { cellText } from "../../table/grid";
import { DATE_ROLES, canonicalHeader } from "../../table/roles";
import { isSignedMark, readDateTimeCell } from "../../table/typed-cells";
import { forEachFilledCell } from "../each-cell";
import { defineRegisterRule } from "../register-rule";
import { tableYear } from "../table-year";

const LOOKS_LIKE_NAME = /^[\u4e00-\u9fff·]{2,5}$/;

export default defineRegisterRule({
  meta: {
    id: "cell/bad-date",
    group: "cell",
    severity: "error",
    description: "日期或时间单元格无法识别，或日期不存在（如 2026年2月30日）",
    source: "条例 第二十四条：签收时注明签收时间；practice：签到、签收、用印均应登记时间",
    messages: {
      unreadable: "“{column}”中的“{text}”无法识别为日期或时间",
      impossible: "“{column}”中的“{text}”不是存在的日期或时间",
    },
    fixable: false,
  },
  kinds: "any",
  check(ctx) {
    // Without any year in sight, `11月2日` is still a readable date: check it against a leap year.
    const year = tableYear(ctx) ?? 2000;
    forEachFilledCell(ctx.table, DATE_ROLES, (row, col, value, role) => {
      if (role === "signinTime" && (isSignedMark(value) || LOOKS_LIKE_NAME.test(cellText(value).trim()))) return;
      const reading = readDateTimeCell(value, year);
      if (reading.ok) return;
      ctx.report({
        messageId: reading.reason,
        row,
        col,
        data: { column: canonicalHeader(role), text: cellText(value).trim() },
      });
    });
  },
});
