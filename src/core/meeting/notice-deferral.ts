import { located } from "../document/span";
import type { NoticeFacts } from "./read-notice";

/** `具体时间、地点将于第二号公告中明确`, `(具体时间地点另行公告)`: the time, and perhaps the place, still to be told. */
const DEFERRED =
  /(?:时间|日期)(?:[、和及与]?地点)?[^。；;]{0,8}?(?:另行|另外|再行|将于|将在|待定|另定)(?:[^。；;]{0,16}?(?:通知|公告|告知|明确|确定|公布))?/;

/** Whether a time or a place is said to be told later. */
export function saysLater(text: string): boolean {
  return DEFERRED.test(text) || DEFERRED_LINE.test(text);
}

/** `另行通知。`, `待定`: all a section says. */
const DEFERRED_LINE =
  /^\s*(?:具体|详细)?(?:另行|另外|再行)(?:通知|公告|告知|安排)[。.]?\s*$|^\s*(?:待定|另定)[。.]?\s*$/;

/**
 * A notice that says its meeting's time will be told later (`拟于近期召开…具体时间地点另行公告`) has no time, even where a
 * label heads the sentence that says so, and it is missing however the text ends. A month or part of one
 * (`12月中旬，具体时间另行通知`) is a time, if a loose one.
 */
export function readDeferral(paragraphs: string[], facts: NoticeFacts): void {
  if (facts.attendees && DEFERRED_LINE.test(facts.attendees.value)) {
    facts.attendees = undefined;
    facts.attendeesDeferred = true;
  }
  if (facts.meetingDate) return;
  const [from, to] = facts.body;
  for (let i = from; i < to; i++) {
    // `三、会议召开的时间和参加人员` over `另行通知。`: the heading and the line under it say it together.
    const text = DEFERRED_LINE.test(paragraphs[i]) && i > from ? paragraphs[i - 1] + paragraphs[i] : paragraphs[i];
    const m = DEFERRED.exec(text);
    // A postponement (`原定于11月11日在上海市召开…延期举行，时间另行通知`) still says the time and place it had.
    if (!m || /原定|延期|推迟|顺延|改期/.test(paragraphs[i])) continue;
    if (/(?:\d|[一二三四五六七八九十])\s*月/.test(text.slice(0, m.index))) return;
    // Where the heading above says it with the line, the line itself is where it is said.
    const joined = text !== paragraphs[i];
    facts.deferred = joined
      ? located(paragraphs[i].trim(), i, paragraphs[i].indexOf(paragraphs[i].trim()), paragraphs[i].trim())
      : located(m[0], i, m.index, m[0]);
    facts.meetingTimeText = undefined;
    return;
  }
}
