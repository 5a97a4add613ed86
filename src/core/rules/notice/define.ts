import type { NoticeFacts } from "../../meeting/read-notice";
import type { Messages, MoreData, NoMoreData } from "../finding";
import { type TextRule, defineTextRule } from "../text-rule";

export type NoticeRule = TextRule<NoticeFacts>;

export function defineNoticeRule<
  const Id extends string,
  const M extends Messages,
  const More extends MoreData = NoMoreData,
>(rule: Omit<TextRule<NoticeFacts, Id, M, More>, "kind">): TextRule<NoticeFacts, Id, M, More> {
  return defineTextRule(rule);
}

/**
 * The year of dates written without one: the meeting's, else the arranging sentence's (`…大会2023年11月25日正式召开`),
 * else the 成文日期's.
 */
export function noticeYear(doc: NoticeFacts): number | undefined {
  return doc.meetingDate?.value.year ?? doc.arrangedDate?.value.year ?? doc.issueDate?.value.year ?? undefined;
}
