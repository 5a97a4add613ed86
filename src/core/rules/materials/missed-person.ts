import { isOnLeave, peopleOf, samePerson } from "../../meeting/attendance";
import type { DataRow } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { type Copy, copiesOf, givenOut } from "./copies";

/** Someone the roster says should have a copy: a person, or a unit where copies went to units. */
interface Entry {
  row: DataRow;
  who: string;
  got: (copy: Copy) => boolean;
}

const sameUnit = (a: string, b: string) => a !== "" && b !== "" && (a === b || a.includes(b) || b.includes(a));

export default defineRegisterRule({
  meta: {
    id: "materials/missed-person",
    group: "materials",
    severity: "warning",
    description: "名单上的人（或单位）没有领到人人应发的材料（人人应发：名单上至少一半的人已领到的材料；请假的人不计）",
    source: "practice：会议材料要列表登记，发放时要逐一登记，要做到不漏一份、不少一人",
    messages: {
      missed: "{who} 在名单“{roster}”上，但没有领取“{material}”（名单上 {got}/{total} 已领取）",
    },
    fixable: false,
  },
  kinds: ["materials"],
  check(ctx) {
    const { table, roster } = ctx;
    if (!roster) return;
    const byPerson = table.roleColumns.recipient !== undefined && roster.roleColumns.name !== undefined;
    const byUnit = table.roleColumns.recipientUnit !== undefined && roster.roleColumns.unit !== undefined;
    if (!byPerson && !byUnit) return;
    const col = byPerson ? roster.roleColumns.name! : roster.roleColumns.unit!;

    const entries: Entry[] = [];
    const seenUnits = new Set<string>();
    for (const person of peopleOf(roster)) {
      if (isOnLeave(roster, person.row)) continue;
      if (byPerson) {
        if (person.nameKey === "") continue;
        entries.push({
          row: person.row,
          who: person.unit ? `${person.name}（${person.unit}）` : person.name,
          got: (copy) => samePerson(person, { ...person, nameKey: copy.nameKey, unitKey: copy.unitKey }),
        });
      } else {
        // A unit once, however many of its people the roster lists.
        if (person.unitKey === "" || seenUnits.has(person.unitKey)) continue;
        seenUnits.add(person.unitKey);
        entries.push({ row: person.row, who: person.unit, got: (copy) => sameUnit(person.unitKey, copy.unitKey) });
      }
    }
    if (entries.length === 0) return;

    // Each material with the rows that gave it out, in the order the register first names them.
    const materials = new Map<string, Copy[]>();
    for (const copy of copiesOf(ctx)) {
      if (!givenOut(copy) || copy.materialKey === "") continue;
      const list = materials.get(copy.materialKey);
      if (list) list.push(copy);
      else materials.set(copy.materialKey, [copy]);
    }
    for (const copies of materials.values()) {
      const missed = entries.filter((entry) => !copies.some(entry.got));
      const got = entries.length - missed.length;
      // Only a material at least half the roster got was meant for everyone; the rest went to some.
      if (missed.length === 0 || got * 2 < entries.length) continue;
      for (const entry of missed) {
        ctx.report({
          messageId: "missed",
          table: roster,
          row: entry.row,
          col,
          data: { who: entry.who, roster: roster.sheet, material: copies[0].material, got, total: entries.length },
        });
      }
    }
  },
});
