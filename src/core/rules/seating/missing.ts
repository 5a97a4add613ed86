import { defineRegisterRule } from "../register-rule";
import { seatingOf, sheetNoun } from "./seats-of";

export default defineRegisterRule({
  meta: {
    id: "seating/missing",
    group: "seating",
    severity: "error",
    description: "参会名单上的人（请假的除外）在座次图或桌签名单中没有座位或桌签（指向名单中的行）",
    source: "practice：制作桌签要认真核对全场桌签，防止遗漏、重复和出现错别字",
    messages: {
      missing: "{name}（{unit}）在参会名单上，{sheet}中却没有他的座位或桌签",
    },
    fixable: false,
  },
  kinds: ["seating"],
  check(ctx) {
    const check = seatingOf(ctx);
    const { roster } = check;
    if (!roster || roster.roleColumns.name === undefined || check.seats.length === 0) return;
    // A seat written one character off (张玮 for 张伟) is the person's, reported as seating/near-name.
    const seatedKeys = new Set([...check.matches.values()].map((m) => m.person.nameKey));
    for (const person of check.people) {
      if (person.onLeave || seatedKeys.has(person.nameKey) || !person.row) continue;
      ctx.report({
        messageId: "missing",
        table: roster,
        row: person.row,
        col: roster.roleColumns.name,
        data: { name: person.name, unit: person.unit || "未填单位", sheet: sheetNoun(check) },
      });
    }
  },
});
