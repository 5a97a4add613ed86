import type { NoticeFacts } from "../../meeting/read-notice";
import { type TextRule, defineTextRule } from "../text-rule";

export type NoticeRule = TextRule<NoticeFacts>;

export function defineNoticeRule<MessageId extends string>(rule: TextRule<NoticeFacts, MessageId>) {
  return defineTextRule(rule);
}

/** The year of dates written without one: the meeting's, else the 成文日期's. */
export function noticeYear(doc: NoticeFacts): number | undefined {
  return doc.meetingDate?.value.year ?? doc.issueDate?.value.year ?? undefined;
}
