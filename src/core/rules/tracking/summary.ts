import { compareDates, isoDate } from "../../text/dates";
import type { RuleScope } from "../register-rule";
import { itemState, openDatedItems } from "./item-state";

/** 共 N 项，已办结 a，逾期 b，N 个工作日内到期 c: what a clerk reports on a 督办台账. */
export interface TrackingSummary {
  items: number;
  done: number;
  /** Unfinished past their deadline; null without a check date. */
  overdue: number | null;
  /** Unfinished and due within `dueSoonDays` working days; null without a check date. */
  dueSoon: number | null;
  dueSoonDays: number;
  /** ISO day the figures are counted on. */
  on: string | null;
}

export function trackingSummary(ctx: RuleScope): TrackingSummary {
  const on = ctx.options.checkDate ?? null;
  const { dueSoonDays } = ctx.options;
  const base = {
    items: ctx.table.rows.length,
    done: ctx.table.rows.filter((row) => itemState(ctx, row) === "done").length,
    dueSoonDays,
  };
  if (!on) return { ...base, overdue: null, dueSoon: null, on: null };
  const open = openDatedItems(ctx);
  const overdue = open.filter(({ date }) => compareDates(date, on) < 0);
  const dueSoon = open.filter(
    ({ date }) => compareDates(date, on) >= 0 && ctx.calendar.workdaysAfter(on, date).count <= dueSoonDays,
  );
  return { ...base, overdue: overdue.length, dueSoon: dueSoon.length, on: isoDate(on) };
}

/** The summary in one line: `共 6 项，已办结 1 项，逾期 2 项，3 个工作日内到期 1 项（检查日 2026-12-09）`. */
export function trackingSummaryText(summary: TrackingSummary): string {
  const parts = [`共 ${summary.items} 项`, `已办结 ${summary.done} 项`];
  if (summary.on === null) return `${parts.join("，")}（未给检查日，不判断逾期）`;
  parts.push(`逾期 ${summary.overdue} 项`, `${summary.dueSoonDays} 个工作日内到期 ${summary.dueSoon} 项`);
  return `${parts.join("，")}（检查日 ${summary.on}）`;
}
