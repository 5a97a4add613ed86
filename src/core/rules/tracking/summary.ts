import { compareDates, isoDate } from "../../text/dates";
import type { RegisterRuleContext } from "../register-rule";
import { itemDeadline, itemState } from "./item-state";

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

export function trackingSummary(ctx: RegisterRuleContext): TrackingSummary {
  const on = ctx.options.checkDate ?? null;
  const summary: TrackingSummary = {
    items: 0,
    done: 0,
    overdue: on ? 0 : null,
    dueSoon: on ? 0 : null,
    dueSoonDays: ctx.options.dueSoonDays,
    on: on ? isoDate(on) : null,
  };
  for (const row of ctx.table.rows) {
    summary.items++;
    if (itemState(ctx, row) === "done") {
      summary.done++;
      continue;
    }
    const deadline = itemDeadline(ctx, row);
    if (!on || !deadline || !("date" in deadline)) continue;
    if (compareDates(deadline.date, on) < 0) summary.overdue!++;
    else if (ctx.calendar.workdaysAfter(on, deadline.date).count <= ctx.options.dueSoonDays) summary.dueSoon!++;
  }
  return summary;
}

/** The summary in one line: `共 6 项，已办结 1 项，逾期 2 项，3 个工作日内到期 1 项（检查日 2026-12-09）`. */
export function trackingSummaryText(summary: TrackingSummary): string {
  const parts = [`共 ${summary.items} 项`, `已办结 ${summary.done} 项`];
  if (summary.on === null) return `${parts.join("，")}（未给检查日，不判断逾期）`;
  parts.push(`逾期 ${summary.overdue} 项`, `${summary.dueSoonDays} 个工作日内到期 ${summary.dueSoon} 项`);
  return `${parts.join("，")}（检查日 ${summary.on}）`;
}
