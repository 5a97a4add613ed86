import { chineseDate, compareDates, type LocalDate } from "../../text/dates";
import { datedCell } from "../date-cell";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "seal/date-order",
    group: "seal",
    severity: "warning",
    description: "用印日期早于上一行（台帐应按时间顺序登记）",
    source: "practice：印章管理人建立印章使用台帐，认真登记",
    messages: {
      earlier: "用印日期 {date} 早于上一行的 {previous}，疑似补登或填错",
    },
    fixable: false,
  },
  kinds: ["seal"],
  check(ctx) {
    const col = ctx.table.roleColumns.sealDate;
    if (col === undefined) return;
    let previous: LocalDate | null = null;
    let segment = 0;
    for (const row of ctx.table.rows) {
      if (row.segment !== segment) {
        previous = null;
        segment = row.segment;
      }
      const dated = datedCell(ctx, row, "sealDate");
      if (!dated) continue;
      if (previous && compareDates(dated.date, previous) < 0) {
        ctx.report({
          messageId: "earlier",
          row,
          col,
          data: { date: chineseDate(dated.date), previous: chineseDate(previous) },
        });
      }
      previous = dated.date;
    }
  },
});
