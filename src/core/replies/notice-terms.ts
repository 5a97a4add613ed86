import { type NoticeFacts, readNotice } from "../meeting/read-notice";
import { mentionDate } from "../text/date-mentions";
import { type LocalDate, chineseDate, formatTime } from "../text/dates";
import type { ListHeading } from "./list-grid";
import { type Quota, quotaOfNotice } from "./quota";
import { unitsNamedIn } from "./units";

/** What a notice says about its 回执: who should reply, how many each may send, by when, and the meeting. */
export interface NoticeTerms {
  /** The units named one by one in 主送 and 参会范围, in the notice's order. */
  units: string[];
  quota: Quota | null;
  deadline: { date: LocalDate; text: string } | null;
  heading: ListHeading;
}

export function noticeTerms(paragraphs: string[]): NoticeTerms {
  const facts = readNotice(paragraphs);
  const units: string[] = [];
  for (const text of [facts.recipients?.value, facts.attendees?.value])
    for (const unit of text ? unitsNamedIn(text) : []) if (!units.includes(unit)) units.push(unit);
  return { units, quota: quotaOfNotice(paragraphs), deadline: deadlineOf(facts), heading: headingOf(facts) };
}

function yearOf(facts: NoticeFacts): number | undefined {
  return facts.meetingDate?.value.year ?? facts.issueDate?.value.year ?? undefined;
}

function deadlineOf(facts: NoticeFacts): NoticeTerms["deadline"] {
  if (!facts.replyDeadline) return null;
  const date = mentionDate(facts.replyDeadline.value, yearOf(facts));
  return date ? { date, text: facts.replyDeadline.text } : null;
}

/** `全县安全生产工作会议参会名单`, and `会议时间：2026年12月3日 09:00    地点：…` where the notice gives them. */
function headingOf(facts: NoticeFacts): ListHeading {
  const name =
    facts.meetingName?.value ??
    facts.title?.value.replace(/^关于(?:召开|举办|举行|参加|组织)?/, "").replace(/的(?:预)?通知$/, "") ??
    "会议";
  const date = facts.meetingDate ? mentionDate(facts.meetingDate.value, yearOf(facts)) : null;
  const time = facts.meetingDate?.value.time ?? null;
  const when = date ? `会议时间：${chineseDate(date)}${time ? ` ${formatTime(time)}` : ""}` : null;
  const where = facts.place ? `地点：${facts.place.value.replace(/[。；;]$/, "")}` : null;
  const meetingLine = [when, where].filter((t) => t !== null).join("    ") || null;
  return { title: `${name}参会名单`, meetingLine };
}
