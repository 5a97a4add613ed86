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
  /** What the figures are made of, where a number alone would not say it; absent when there is nothing to add. */
  parts?: TallyParts;
}

/** The people behind the tally's figures, by name, so every screen says the same. */
export interface TallyParts {
  /** Counted in 实到, though someone else signed for them (代签, reported as an error too). */
  proxies: string[];
  /** Marked on leave on the 参会名单 but signed: counted in 实到, not in 请假. */
  leaveSigned: string[];
  /** Who 请假 counts (marked on leave and did not sign). */
  leave: string[];
  /** The sheet the 应到/请假 figures were counted against; null without one. */
  roster: string | null;
}

/** The figures of a tally, in the order they are shown. */
export type TallyFigure = Exclude<keyof Tally, "parts">;

export const TALLY_LABELS: Record<TallyFigure, string> = {
  expected: "应到",
  present: "实到",
  leave: "请假",
  absent: "缺席",
  late: "迟到",
  nonRoster: "列席",
};
