import { defineRegisterRule } from "../register-rule";
import { seatingOf } from "./seats-of";

export default defineRegisterRule({
  meta: {
    id: "seating/near-name",
    group: "seating",
    severity: "warning",
    description: "座次图或桌签上的名字不在参会名单上，却与名单上的某人同音或只差一个形近字（张玮与张伟），可能是错别字",
    source:
      "practice：制作桌签要认真核对全场桌签，防止遗漏、重复和出现错别字（读音据 cnchar，字形据 cnchar-order 的笔画顺序）",
    messages: {
      sound: "“{written}”不在参会名单上，与名单上的“{name}”读音相同，可能是错别字",
      shape: "“{written}”不在参会名单上，与名单上的“{name}”只差一个形近字，可能是错别字",
    },
    fixable: false,
  },
  kinds: ["seating"],
  check(ctx) {
    const check = seatingOf(ctx);
    for (const seat of check.seats) {
      const match = check.matches.get(seat);
      if (!match?.near) continue;
      const related =
        check.roster && match.person.row
          ? [{ table: check.roster, row: match.person.row, col: check.roster.roleColumns.name ?? 0 }]
          : [];
      ctx.report({
        messageId: match.near,
        row: seat.row,
        col: seat.col,
        related,
        data: { written: seat.name, name: match.person.name },
      });
    }
  },
});
