import { roleText } from "../../table/register-table";
import { type RuleScope, defineRegisterRule } from "../register-rule";
import { classification, copiesOf, copyNumberText, givenOut, recoveryWords, whoOf } from "./copies";

/** 已回收, 已收回, 已清退, 收回, √, 是: the copy came back. */
const RECOVERED = /^(是|√|✓|✔|已?(?:回收|收回|清退|退回|交回|归还)|已收|收)$/;
/** 未回收, 否, ×, 未收回, 待回收, 留存: it did not. */
const NOT_RECOVERED = /未|否|没有|×|✗|待|留存|不回收|无/;

export default defineRegisterRule({
  meta: {
    id: "materials/not-recovered",
    group: "materials",
    severity: "error",
    description: "涉密（秘密、机密、绝密）材料发出后没有回收记录",
    source: "practice：按照保密相关要求，对需回收的会议材料逐份清点、登记回收",
    messages: {
      notRecovered: "{secrecy}材料“{material}”{copy}发给{who}，回收情况为“{state}”",
      noRecord: "{secrecy}材料“{material}”{copy}发给{who}，没有回收记录",
      noColumn: "{secrecy}材料“{material}”{copy}发给{who}，本表没有回收时间、回收人或回收情况栏，无从核对是否回收",
    },
    fixable: false,
  },
  kinds: ["materials"],
  check(ctx) {
    const { table } = ctx;
    const cols = table.roleColumns;
    const recordCol = cols.recoveryState ?? cols.recoveryTime ?? cols.recoverer;
    for (const copy of copiesOf(ctx)) {
      const secrecy = classification(ctx, copy.row);
      if (!secrecy || !givenOut(copy)) continue;
      const data = {
        secrecy,
        material: copy.material || "材料",
        copy: copy.numbers.length > 0 ? `第 ${copyNumberText(table, copy)} 份` : "",
        who: whoOf(copy),
      };
      if (recordCol === undefined) {
        ctx.report({ messageId: "noColumn", row: copy.row, col: cols.secrecy ?? keyColumn(ctx), data });
        continue;
      }
      const state = recoveryWords(table, copy.row);
      const recorded =
        roleText(table, copy.row, "recoveryTime") !== "" || roleText(table, copy.row, "recoverer") !== "";
      if (state !== "" && NOT_RECOVERED.test(state) && !RECOVERED.test(state)) {
        const col = cols.recoveryState!;
        ctx.report({
          messageId: "notRecovered",
          row: copy.row,
          col,
          data: { ...data, state: roleText(table, copy.row, "recoveryState") },
        });
      } else if (state === "" && !recorded) {
        ctx.report({ messageId: "noRecord", row: copy.row, col: recordCol, data });
      }
    }
  },
});

/** Where a finding of the whole row goes: the material's name, else the recipient. */
function keyColumn(ctx: RuleScope): number {
  const cols = ctx.table.roleColumns;
  return cols.material ?? cols.docTitle ?? cols.recipient ?? cols.recipientUnit ?? 0;
}
