import { peopleOf, samePerson, type Person } from "../../meeting/attendance";
import { cellText } from "../../table/grid";
import { readPhone, splitPhones } from "../../text/phone";
import { defineRegisterRule } from "../register-rule";

export default defineRegisterRule({
  meta: {
    id: "signin/shared-phone",
    group: "signin",
    severity: "warning",
    description: "同一电话号码出现在不同人的行上",
    source: "practice：参会人员应本人签到，不得代签",
    messages: {
      shared: "{name} 的电话 {phone} 与 {other} 相同",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const { table } = ctx;
    const col = table.roleColumns.phone;
    if (col === undefined) return;
    const firstByPhone = new Map<string, Person>();
    for (const person of peopleOf(table)) {
      const row = person.row;
      if (person.nameKey === "") continue;
      for (const part of splitPhones(cellText(row.cells[col] ?? null).trim())) {
        const phone = readPhone(part);
        if (!phone.kind || phone.kind === "service") continue;
        const first = firstByPhone.get(phone.key);
        if (!first) firstByPhone.set(phone.key, person);
        else if (!samePerson(first, person)) {
          ctx.report({
            messageId: "shared",
            row,
            col,
            related: [{ row: first.row, col }],
            data: { name: person.name, phone: part, other: first.name },
          });
        }
      }
    }
  },
});
