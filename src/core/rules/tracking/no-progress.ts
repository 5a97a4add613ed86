import { roleText } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { itemName, itemState } from "./item-state";

export default defineRegisterRule({
  meta: {
    id: "tracking/no-progress",
    group: "tracking",
    severity: "warning",
    description: "状态为在办，办理情况却是空的",
    source: "practice：要将会议决定事项办理情况列入督查督办工作中",
    messages: {
      empty: "“{item}”状态为在办，但没有写办理情况",
    },
    fixable: false,
  },
  kinds: ["tracking"],
  check(ctx) {
    const { table } = ctx;
    const col = table.roleColumns.progress;
    if (col === undefined || table.roleColumns.status === undefined) return;
    for (const row of table.rows) {
      if (roleText(table, row, "progress") !== "" || roleText(table, row, "status") === "") continue;
      if (itemState(ctx, row) === "under-way")
        ctx.report({ messageId: "empty", row, col, data: { item: itemName(ctx, row) } });
    }
  },
});
