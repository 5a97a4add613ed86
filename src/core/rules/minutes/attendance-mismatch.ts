import { matchKey } from "../../text/normalize";
import { defineMinutesRule } from "./define";

export default defineMinutesRule({
  meta: {
    id: "minutes/attendance-mismatch",
    group: "minutes",
    severity: "warning",
    description: "出席名单与签到表不一致（给出签到表时检查）",
    source: "practice：签到情况应及时统计汇总，作为会议考勤的依据；GB/T 9704-2012 10.3",
    messages: {
      notSigned: "出席名单中的“{name}”未在签到表上签到",
      notListed: "{name} 在签到表上签到，但未列入出席或列席名单",
    },
    fixable: false,
  },
  check(ctx) {
    const attendance = ctx.attendance;
    const present = ctx.doc.present;
    if (!attendance || !present) return;
    const signers = attendance.signers.map((s) => s.nameKey);
    const listed = [...present.value, ...(ctx.doc.attending?.value ?? [])].map(matchKey);
    for (const name of present.value) {
      const key = matchKey(name);
      if (!signers.some((signer) => key.includes(signer)))
        ctx.report({ messageId: "notSigned", at: present.at, data: { name } });
    }
    for (const signer of attendance.signers) {
      if (!listed.some((entry) => entry.includes(signer.nameKey)))
        ctx.report({ messageId: "notListed", at: present.at, data: { name: signer.name } });
    }
  },
});
