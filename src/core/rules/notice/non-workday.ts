import { type LocalDate, WEEKDAY_NAMES, addDays, chineseDate, isValidDate, weekdayOf } from "../../text/dates";
import { type DateMention, mentionDate } from "../../text/date-mentions";
import type { Located } from "../../document/span";
import { uncoveredYearsNote } from "../../calendar/work-calendar";
import { comingAndGoingDays } from "../../meeting/coming-and-going";
import { defineNoticeRule, noticeYear } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/non-workday",
    group: "notice",
    severity: "warning",
    description: "会议安排在周末或法定节假日（调休上班日除外）",
    source: "practice：会议时间安排应合理，避开节假日",
    messages: {
      holiday: "会议日期 {date} 是{holiday}假期",
      weekend: "会议日期 {date} 是星期{weekday}，不是调休上班日{note}",
    },
    fixable: false,
  },
  check(ctx) {
    const { meetingDate, arrangedDate } = ctx.doc;
    if (!meetingDate) return;
    const year = noticeYear(ctx.doc);
    // `定于2005年7月20—24日在北京召开` over `一、报到时间：7月20日晚上8:00`: the sentence that arranges the meeting may
    // give more of its days than the label that gives its first.
    const written = [meetingDate, arrangedDate].filter(
      (d, k, all): d is Located<DateMention> => !!d && all.indexOf(d) === k,
    );
    const found = written
      .map((at) => ({
        at: at.at,
        date: nonWorkdayIn(at, ctx.paragraphs[at.at.paragraph] ?? "", year, (day) => ctx.calendar.isWorkday(day)),
      }))
      .find((f) => f.date);
    if (!found?.date) return;
    const { date, at: meetingAt } = found;
    const holiday = ctx.calendar.holidayName(date);
    if (holiday) {
      ctx.report({ messageId: "holiday", at: meetingAt, data: { date: chineseDate(date), holiday } });
    } else {
      const note = ctx.calendar.covers(date.year) ? "" : uncoveredYearsNote([date.year]);
      ctx.report({
        messageId: "weekend",
        at: meetingAt,
        data: { date: chineseDate(date), weekday: WEEKDAY_NAMES[weekdayOf(date)], note },
      });
    }
  },
});

/** The first day of a written meeting date, its range or what follows it, that is no working day. */
function nonWorkdayIn(
  written: Located<DateMention>,
  paragraph: string,
  year: number | undefined,
  isWorkday: (day: LocalDate) => boolean,
): LocalDate | undefined {
  const first = mentionDate(written.value, year);
  if (!first) return undefined;
  const following = paragraph.slice(written.at.start + written.value.text.length);
  const comingAndGoing = comingAndGoingDays(paragraph);
  const days = meetingDays(first, following, written.value.lastDay).filter(
    (day, k, all) => all.length === 1 || !comingAndGoing.has(day.day),
  );
  return days.find((day) => !isWorkday(day));
}

/** `至22日`, `—24日`, `~5月2日`, `--29日` right after the first day: the meeting's last day. */
const UNTIL = /^\s*(?:[（(][^)）]{1,6}[)）])?\s*(?:至|到|—+|－+|-+|~|～)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/;
/** A meeting runs for days; longer than this is a term, not a meeting. */
const MAX_DAYS = 10;

/** Every day of the meeting (`2021年5月21日至22日`: the 21st and the 22nd), read from the first day and what follows. */
function meetingDays(first: LocalDate, following: string, lastDay?: number): LocalDate[] {
  const until = UNTIL.exec(following);
  const month = until?.[1] ? Number(until[1]) : first.month;
  const year = month < first.month ? first.year + 1 : first.year;
  const day = lastDay ?? Number(until?.[2]);
  const last = (lastDay || until) && isValidDate(year, month, day) ? { year, month, day } : first;
  const days: LocalDate[] = [first];
  for (let day = addDays(first, 1); days.length < MAX_DAYS && !after(day, last); day = addDays(day, 1)) days.push(day);
  return days;
}

function after(a: LocalDate, b: LocalDate): boolean {
  return (a.year - b.year || a.month - b.month || a.day - b.day) > 0;
}
