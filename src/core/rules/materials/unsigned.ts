import { roleText } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { copiesOf, givenOut, whoOf } from "./copies";

export default defineRegisterRule({
  meta: {
    id: "materials/unsigned",
    group: "materials",
    severity: "error",
    description: "材料发放登记表的行写了领取人，却既没有签字也没有领取时间",
    source: "practice：会议材料要列表登记，发放时要逐一登记，要做到不漏一份、不少一人",
    messages: {
      unsigned: "{who} 领取“{material}”没有签字，也没有领取时间",
    },
    fixable: false,
  },
  kinds: ["materials"],
  check(ctx) {
    const { table } = ctx;
    // The signature's cell where the sheet has one, else the time's.
    const col = table.roleColumns.signature ?? table.roleColumns.collectTime;
    if (col === undefined) return;
    for (const copy of copiesOf(ctx)) {
      if (!givenOut(copy)) continue;
      if (roleText(table, copy.row, "signature") !== "" || roleText(table, copy.row, "collectTime") !== "") continue;
      ctx.report({
        messageId: "unsigned",
        row: copy.row,
        col,
        data: { who: whoOf(copy), material: copy.material || "材料" },
      });
    }
  },
});
