import type { DateTime, LocalDate } from "../text/dates";
import type { Severity } from "./finding";
import { UserError } from "../user-error";

export type RuleSetting = Severity | "off";

/** Everything a check can be told: per-rule severities and the options rules read. */
export interface CheckOptions {
  rules: Record<string, RuleSetting>;
  /** Working days of notice a meeting needs (receipt/short-notice, notice/short-notice). */
  noticeDays: number;
  /** Minutes this long after the start still count as on time. */
  lateGraceMinutes: number;
  /** Seal names the office keeps; a ledger row naming another is flagged when the list is set. */
  sealNames: string[];
  /** Working days after the meeting after which minutes are late: info after the first, warning after the second. */
  minutesDays: { info: number; warning: number };
  holidays: string[];
  workdays: string[];
  /** Meeting start given by the user (`--start`), used when the sheet does not say it. */
  meetingStart?: DateTime;
  /** Working days before a 督办 deadline when an unfinished item is called due soon (tracking/due-soon). */
  dueSoonDays: number;
  /**
   * The higher hand on the 主席台 as the leaders face the hall (seating/rank-order): left (左高右低, the common
   * rule) or right (以右为上); 以右为上 written on the 座次图 itself wins.
   */
  seatingSide: "left" | "right";
  /** The day the check is made (`--on`; the hosts pass today): what is overdue or due soon is counted from it. */
  checkDate?: LocalDate;
}

export const DEFAULT_OPTIONS: CheckOptions = {
  rules: {},
  noticeDays: 3,
  lateGraceMinutes: 0,
  sealNames: [],
  minutesDays: { info: 2, warning: 4 },
  holidays: [],
  workdays: [],
  dueSoonDays: 3,
  seatingSide: "left",
};

export type { ConfigFile } from "./config-schema";

export class ConfigError extends UserError {}
