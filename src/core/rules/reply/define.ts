import type { MergedReplies } from "../../replies/merge";
import type { Quota } from "../../replies/quota";
import type { ReplyCell } from "../../replies/read-reply";
import type { LocalDate } from "../../text/dates";
import type { CheckOptions } from "../config";
import type { MessageReport, Messages, MoreData, NoMoreData, RuleMeta, Severity } from "../finding";

/** The 回执 of a meeting, merged, and what the notice (or the clerk) says they should be. */
export interface ReplyCheckInput {
  merged: MergedReplies;
  /** The units to expect and the file that names them (the notice, or a 单位列表); null where none is given. */
  expected: { units: string[]; file: string } | null;
  quota: Quota | null;
  /** The notice's reply deadline (`请于12月1日前报送`), null where it gives none. */
  deadline: { date: LocalDate; text: string } | null;
}

/** A fault of a 回执: one of the rule's messages with its data, the file, and the cell where there is one. */
export type ReplyReport<M extends Messages = Messages, More extends MoreData = MoreData> = MessageReport<M, More> & {
  /** The file at fault; with `at`, the cell of it. */
  file: string;
  at?: ReplyCell | null;
  /** Cells that explain it (the first of two duplicates), as `文件 › 工作表!B4`. */
  related?: string[];
  severity?: Severity;
};

export interface ReplyRuleContext<
  M extends Messages = Messages,
  More extends MoreData = MoreData,
> extends ReplyCheckInput {
  options: CheckOptions;
  report(report: ReplyReport<M, More>): void;
}

export interface ReplyRule<
  Id extends string = string,
  M extends Messages = Messages,
  More extends MoreData = MoreData,
> {
  kind: "reply";
  meta: RuleMeta<Id, M, More>;
  check(ctx: ReplyRuleContext<M, More>): void;
}

/** A rule about merged 回执: its id and messages kept as written, so its findings' data is typed. */
export function defineReplyRule<
  const Id extends string,
  const M extends Messages,
  const More extends MoreData = NoMoreData,
>(rule: Omit<ReplyRule<Id, M, More>, "kind">): ReplyRule<Id, M, More> {
  return { kind: "reply", ...rule };
}

/** A cell of a 回执 as the related cells of a finding name it. */
export function cellName(file: string, at: ReplyCell): string {
  return `${file} › ${at.sheet}!${at.cell}`;
}
