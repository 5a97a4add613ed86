/** The attendance tally of a sign-in sheet: its own module so the pane can show it without the engine. */
export interface Tally {
  /** 应到: people on the roster; null without a roster. */
  expected: number | null;
  /** 实到: distinct people who signed. */
  present: number;
  /** 请假: roster people on leave who did not sign. */
  leave: number | null;
  /** 缺席: roster people who neither signed nor are on leave. */
  absent: number | null;
  /** 迟到: distinct people whose first sign-in is after the start; null without a start. */
  late: number | null;
  /** 列席: signers not on the roster; null without a roster. */
  nonRoster: number | null;
}

export const TALLY_LABELS: Record<keyof Tally, string> = {
  expected: "应到",
  present: "实到",
  leave: "请假",
  absent: "缺席",
  late: "迟到",
  nonRoster: "列席",
};
