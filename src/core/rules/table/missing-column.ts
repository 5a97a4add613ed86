import { KIND_LABELS, REQUIRED_ROLES } from "../../table/kinds";
import { canonicalHeader } from "../../table/roles";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "table/missing-column",
    group: "table",
    severity: "error",
    description: "登记表缺少其类型必需的列",
    source: "practice：签到表应注明参会人员姓名、单位、职务；签收登记表、收文登记表、用印登记表各有必填项",
    messages: {
      missing: "{kind}缺少“{column}”列",
    },
    fixable: false,
  },
  kinds: "any",
  check(ctx) {
    const { table } = ctx;
    if (!table.kind) return;
    for (const group of REQUIRED_ROLES[table.kind]) {
      if (group.some((role) => table.roleColumns[role] !== undefined)) continue;
      ctx.report({
        messageId: "missing",
        row: table.headerIndex,
        col: 0,
        data: { kind: KIND_LABELS[table.kind], column: group.map(canonicalHeader).join("”或“") },
      });
    }
  },
});
