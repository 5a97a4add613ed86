import type { MergedReplies } from "../../replies/merge";
import type { Quota } from "../../replies/quota";
import type { ReplyCell } from "../../replies/read-reply";
import type { LocalDate } from "../../text/dates";
import type { CheckOptions } from "../config";
import type { RuleMeta, Severity } from "../finding";

/** The 回执 of a meeting, merged, and what the notice (or the clerk) says they should be. */
export interface ReplyCheckInput {
  merged: MergedReplies;
  /** The units to expect and the file that names them (the notice, or a 单位列表); null where none is given. */
  expected: { units: string[]; file: string } | null;
  quota: Quota | null;
  /** The notice's reply deadline (`请于12月1日前报送`), null where it gives none. */
  deadline: { date: LocalDate; text: string } | null;
}

export interface ReplyReport<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** The file at fault; with `at`, the cell of it. */
  file: string;
  at?: ReplyCell | null;
  /** Cells that explain it (the first of two duplicates), as `文件 › 工作表!B4`. */
  related?: string[];
  severity?: Severity;
}

export interface ReplyRuleContext<MessageId extends string = string> extends ReplyCheckInput {
  options: CheckOptions;
  report(report: ReplyReport<MessageId>): void;
}

export interface ReplyRule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(ctx: ReplyRuleContext<MessageId>): void;
}

export function defineReplyRule<MessageId extends string>(rule: ReplyRule<MessageId>): ReplyRule<MessageId> {
  return rule;
}

/** A cell of a 回执 as the related cells of a finding name it. */
export function cellName(file: string, at: ReplyCell): string {
  return `${file} › ${at.sheet}!${at.cell}`;
}
