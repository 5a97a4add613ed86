import { defineRegisterRule } from "../register-rule";
import { attendanceOf } from "./attendance-of";

export default defineRegisterRule({
  meta: {
    id: "signin/not-invited",
    group: "signin",
    severity: "warning",
    description: "签到人不在参会名单上（仅在有名单时检查）",
    source: "practice：签到情况应及时统计汇总；请假人员名单要核实",
    messages: {
      notInvited: "{name}（{unit}）已签到，但不在名单“{roster}”上",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const attendance = attendanceOf(ctx);
    if (!attendance.roster || attendance.rosterIsSignin) return;
    for (const signer of attendance.notInvited) {
      ctx.report({
        messageId: "notInvited",
        row: signer.row,
        col: ctx.table.roleColumns.name!,
        data: { name: signer.name, unit: signer.unit || "未填单位", roster: attendance.roster.sheet },
      });
    }
  },
});
