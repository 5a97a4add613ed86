import { type DataRow, roleText, roleValue } from "../../table/register-table";
import { type DeadlineReading, readDeadline } from "../../text/deadline";
import type { LocalDate } from "../../text/dates";
import type { RuleScope } from "../register-rule";
import { tableYear } from "../table-year";

/** 未完成, 尚未办结, 待办: said before the words of being done, so they are read first. */
const NOT_DONE = /未|尚未|没有|待|暂未|无法|不能/;
const DONE = /办结|已完成|完成|已办|已落实|落实完毕|结案|销号|已结/;
const UNDER_WAY = /在办|办理中|推进中|进行中|正在|落实中|持续|阶段性/;

export type ItemState = "done" | "under-way" | "not-started";

/**
 * Where a 督办 item stands: its 状态 cell, or where that is empty or missing, what 办理情况 says
 * (`已办结`, `正在推进`). An item that says nothing is not started.
 */
export function itemState(ctx: RuleScope, row: DataRow): ItemState {
  for (const role of ["status", "progress"] as const) {
    const text = roleText(ctx.table, row, role);
    if (text === "") continue;
    if (DONE.test(text) && !NOT_DONE.test(text)) return "done";
    if (UNDER_WAY.test(text)) return "under-way";
    if (role === "status") return "not-started";
  }
  return "not-started";
}

/** The item's 完成时限, dated with the table's year or the check date's where it names none. */
export function itemDeadline(ctx: RuleScope, row: DataRow): DeadlineReading {
  const value = roleValue(ctx.table, row, "deadline");
  if (value === null) return null;
  return readDeadline(value, tableYear(ctx) ?? ctx.options.checkDate?.year);
}

/** What the item is, for a message: its 议定事项, shortened. */
export function itemName(ctx: RuleScope, row: DataRow): string {
  const text = roleText(ctx.table, row, "matter").replace(/\s+/g, "");
  return text.length > 24 ? `${text.slice(0, 24)}…` : text || "该项";
}

/**
 * The unfinished items whose 完成时限 is a day, read once per table and shared by the rules that count from
 * the check date (overdue, due-soon) and the summary.
 */
export function openDatedItems(ctx: RuleScope): { row: DataRow; date: LocalDate }[] {
  return ctx.memo("tracking/openDatedItems", () =>
    ctx.table.rows.flatMap((row) => {
      const deadline = itemDeadline(ctx, row);
      if (!deadline || !("date" in deadline) || itemState(ctx, row) === "done") return [];
      return [{ row, date: deadline.date }];
    }),
  );
}

/**
 * The unfinished dated items as the rules that count from the check date see them: with the check date (`on`) and
 * the 完成时限 column a finding points at. None without a check date or a 完成时限 column.
 */
export function openItemsOnCheckDate(ctx: RuleScope): { row: DataRow; date: LocalDate; on: LocalDate; col: number }[] {
  const on = ctx.options.checkDate;
  const col = ctx.table.roleColumns.deadline;
  if (!on || col === undefined) return [];
  return openDatedItems(ctx).map((item) => ({ ...item, on, col }));
}
