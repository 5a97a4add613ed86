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
 * else the 成文日期's, else the one year the title or the meeting's name gives (`关于2007年夏季…仪式…的通知`).
 */
export function noticeYear(doc: NoticeFacts): number | undefined {
  return doc.meetingDate?.value.year ?? doc.arrangedDate?.value.year ?? doc.issueDate?.value.year ?? namedYear(doc);
}

/** `关于2007年夏季毕业典礼…的通知`: the year the title or the meeting's name is of, where they name only one. */
export function namedYear(doc: NoticeFacts): number | undefined {
  const years = new Set(
    [doc.title?.value, doc.meetingName?.value].flatMap((text) =>
      [...(text ?? "").matchAll(/(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g)].map((m) => Number(m[1])),
    ),
  );
  return years.size === 1 ? [...years][0] : undefined;
}
