import { roleText } from "../../table/register-table";
import { matchKey } from "../../text/normalize";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "seal/unknown-seal",
    group: "seal",
    severity: "warning",
    description: "印章名称不在本单位登记的印章中（仅在配置了 sealNames 时检查）",
    source: "practice：印章实行专人保管",
    messages: {
      unknown: "印章“{name}”不在本单位登记的印章（{known}）中",
    },
    fixable: false,
  },
  kinds: ["seal"],
  check(ctx) {
    const col = ctx.table.roleColumns.sealName;
    const known = ctx.options.sealNames;
    if (col === undefined || known.length === 0) return;
    const keys = new Set(known.map(matchKey));
    for (const row of ctx.table.rows) {
      const name = roleText(ctx.table, row, "sealName");
      if (name !== "" && !keys.has(matchKey(name))) {
        ctx.report({ messageId: "unknown", row, col, data: { name, known: known.join("、") } });
      }
    }
  },
});
