import { roleText } from "../../table/register-table";
import { defineRegisterRule } from "../register-rule";
import { itemName } from "./item-state";

/** 各部门, 有关单位: everyone, so no one in particular. */
const EVERYONE = /^(?:各|全体|所有|相关|有关)(?:部门|单位|科室|处室)?$|^各[\u4e00-\u9fa5]{0,4}(?:部门|单位)$/;

export default defineRegisterRule({
  meta: {
    id: "tracking/no-owner",
    group: "tracking",
    severity: "error",
    description: "督办事项没有责任单位（“各部门”“有关单位”不算）",
    source: "practice：会议纪要应明确会议决策事项、责任部门和完成时限",
    messages: {
      none: "“{item}”没有责任单位",
      everyone: "“{item}”的责任单位“{owner}”没有落到具体单位",
    },
    fixable: false,
  },
  kinds: ["tracking"],
  check(ctx) {
    const col = ctx.table.roleColumns.owner;
    if (col === undefined) return;
    for (const row of ctx.table.rows) {
      const owner = roleText(ctx.table, row, "owner");
      if (owner === "") ctx.report({ messageId: "none", row, col, data: { item: itemName(ctx, row) } });
      else if (EVERYONE.test(owner))
        ctx.report({ messageId: "everyone", row, col, data: { item: itemName(ctx, row), owner } });
    }
  },
});
