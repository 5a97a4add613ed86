import { sheetRowOf } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { type Copy, copiesOf, copyNumberText, givenOut, whoOf } from "./copies";

export default defineRegisterRule({
  meta: {
    id: "materials/duplicate-number",
    group: "materials",
    severity: "error",
    description: "同一材料的同一份号发放了两次",
    source: "practice：会议印发的秘密文件、材料，要专人负责统一编号、登记分发和履行签收手续",
    messages: {
      duplicate: "“{material}”第 {number} 份已在第 {first} 行发给{firstWho}，这里又发给{who}",
    },
    fixable: false,
  },
  kinds: ["materials"],
  check(ctx) {
    const { table } = ctx;
    const col = table.roleColumns.copyNumber;
    if (col === undefined) return;
    const first = new Map<string, Copy>();
    for (const copy of copiesOf(ctx)) {
      if (!givenOut(copy) || copy.materialKey === "") continue;
      // One finding a row, for the first of its numbers given out before, however many of its range were.
      let clash: { number: number | string; earlier: Copy } | null = null;
      for (const number of copy.numbers) {
        const key = `${copy.materialKey}\u0000${typeof number}\u0000${number}`;
        const earlier = first.get(key);
        if (!earlier) first.set(key, copy);
        else if (earlier !== copy && !clash) clash = { number, earlier };
      }
      if (!clash) continue;
      const { number, earlier } = clash;
      ctx.report({
        messageId: "duplicate",
        row: copy.row,
        col,
        related: [{ row: earlier.row, col }],
        data: {
          material: copy.material,
          number: copy.numbers.length === 1 ? copyNumberText(table, copy) : number,
          first: sheetRowOf(table, earlier.row.index),
          firstWho: whoOf(earlier),
          who: whoOf(copy),
        },
      });
    }
  },
});
