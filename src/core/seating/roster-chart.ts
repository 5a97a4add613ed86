import type { RegisterTable } from "../table/register-table";
import { type ChartOptions, type SeatingChart, seatingChart } from "./chart";
import { onLeaveAsTallied, rankedPeople, seated } from "./ranked";

/** The list to seat from: a 参会名单 with names, the ranked one (排序) first; null where the workbook has none. */
export function seatingRoster(tables: readonly RegisterTable[]): RegisterTable | null {
  const lists = tables.filter((t) => t.kind === "roster" && t.roleColumns.name !== undefined && t.rows.length > 0);
  return lists.find((t) => t.roleColumns.rank !== undefined) ?? lists[0] ?? null;
}

export interface RosterChart {
  chart: SeatingChart;
  /** The 参会名单's sheet, and whether it was seated by its 排序 column (else by its order). */
  rosterSheet: string;
  byRank: boolean;
  /** People marked on leave: no seat. */
  onLeave: string[];
}

/** The chart's title from the list's: 全县经济工作会议参会名单 → 全县经济工作会议座次图; else 座次图 (undefined). */
export function chartTitle(roster: RegisterTable): string | undefined {
  const match = /^(.+?)(?:参会|参加会议|与会)?(?:人员)?名单$/.exec(roster.titleLines[0]?.replace(/\s+/g, "") ?? "");
  return match ? `${match[1]}座次图` : undefined;
}

/**
 * The 座次图 of a 参会名单 (people on leave left out), titled after it; null when nobody on it is to be seated.
 * `tallyLeave`: the 请假 of a 签到表 counted against the list, where there is one: who is on leave is who it counts,
 * so the chart and the tally say the same.
 */
export function rosterChart(
  roster: RegisterTable,
  options: ChartOptions = {},
  tallyLeave: readonly string[] | null = null,
): RosterChart | null {
  const everyone = onLeaveAsTallied(rankedPeople(roster), tallyLeave);
  const people = seated(everyone);
  if (people.length === 0) return null;
  return {
    chart: seatingChart(
      people.map((p) => ({ name: p.name, unit: p.unit })),
      { title: chartTitle(roster), ...options },
    ),
    rosterSheet: roster.sheet,
    byRank: roster.roleColumns.rank !== undefined,
    onLeave: everyone.filter((p) => p.onLeave).map((p) => p.name),
  };
}
