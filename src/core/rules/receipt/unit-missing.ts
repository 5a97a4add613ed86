import { roleText } from "../../table/register-table";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "receipt/unit-missing",
    group: "receipt",
    severity: "error",
    description: "名单（通知分发范围）中的单位在签收登记表中没有记录",
    source: "practice：对每一份通知的发出都要签字确认",
    messages: {
      missing: "{unit} 在名单“{roster}”上，但签收登记表中没有它的签收记录",
    },
    fixable: false,
  },
  kinds: ["receipt"],
  check(ctx) {
    const { table, roster } = ctx;
    if (!roster || roster.roleColumns.unit === undefined) return;
    const received = table.rows.map((row) => matchKey(roleText(table, row, "receivingUnit"))).filter(Boolean);
    const seen = new Set<string>();
    for (const row of roster.rows) {
      const unit = roleText(roster, row, "unit");
      const key = matchKey(unit);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      if (received.some((r) => r === key || r.includes(key) || key.includes(r))) continue;
      ctx.report({
        messageId: "missing",
        table: roster,
        row,
        col: roster.roleColumns.unit,
        data: { unit, roster: roster.sheet },
      });
    }
  },
});
