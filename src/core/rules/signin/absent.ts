import { defineRegisterRule } from "../register-rule";
import { attendanceOf } from "./attendance-of";

export default defineRegisterRule({
  meta: {
    id: "signin/absent",
    group: "signin",
    severity: "warning",
    description: "名单上的人既未签到也未请假（指向名单中的行）",
    source: "practice：统计汇总到会人数，登记迟到、缺席人员名单",
    messages: {
      absent: "{name}（{unit}）在名单上，但未签到，也未请假",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const attendance = attendanceOf(ctx);
    const roster = attendance.roster;
    if (!roster) return;
    for (const entry of attendance.rosterEntries) {
      if (entry.signedAs || entry.onLeave) continue;
      ctx.report({
        messageId: "absent",
        table: roster,
        row: entry.row,
        col: roster.roleColumns.name!,
        data: { name: entry.name, unit: entry.unit || "未填单位" },
      });
    }
  },
});
