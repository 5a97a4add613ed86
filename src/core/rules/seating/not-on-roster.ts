import { defineRegisterRule } from "../register-rule";
import { seatingOf, sheetNoun } from "./seats-of";

export default defineRegisterRule({
  meta: {
    id: "seating/not-on-roster",
    group: "seating",
    severity: "warning",
    description: "座次图或桌签名单中有参会名单上没有的人（与名单上的名字同音、形近的另报 seating/near-name）",
    source: "practice：依据参会名单合理安排与会人员会场座次；制作桌签要认真核对全场桌签",
    messages: {
      notOnRoster: "{sheet}中的“{name}”不在参会名单上",
    },
    fixable: false,
  },
  kinds: ["seating"],
  check(ctx) {
    const check = seatingOf(ctx);
    if (!check.roster) return;
    for (const seat of check.seats) {
      if (check.matches.has(seat)) continue;
      ctx.report({
        messageId: "notOnRoster",
        row: seat.row,
        col: seat.col,
        data: { name: seat.name, sheet: sheetNoun(check) },
      });
    }
  },
});
