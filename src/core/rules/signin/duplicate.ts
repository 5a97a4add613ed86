import { sheetRowOf } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { attendanceOf } from "./attendance-of";

export default defineRegisterRule({
  meta: {
    id: "signin/duplicate",
    group: "signin",
    severity: "error",
    description: "同一人签到不止一次（指向后一次，并关联第一次）",
    source: "practice：签到情况应及时统计汇总，作为会议考勤的依据",
    messages: {
      duplicate: "{name}（{unit}）重复签到，第一次签到在第 {first} 行",
    },
    fixable: false,
  },
  kinds: ["signin"],
  check(ctx) {
    const name = ctx.table.roleColumns.name!;
    for (const { signer, first } of attendanceOf(ctx).repeats) {
      ctx.report({
        messageId: "duplicate",
        row: signer.row,
        col: name,
        related: [{ row: first.row, col: name }],
        data: { name: signer.name, unit: signer.unit || "未填单位", first: sheetRowOf(ctx.table, first.row.index) },
      });
    }
  },
});
