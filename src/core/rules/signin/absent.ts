import { defineRegisterRule } from "../register-rule";
import { rosterNamesWhere } from "./attendance-of";

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
    for (const { entry, at } of rosterNamesWhere(ctx, (e) => !e.signedAs && !e.onLeave)) {
      ctx.report({ messageId: "absent", ...at, data: { name: entry.name, unit: entry.unit || "未填单位" } });
    }
  },
});
