import { type Located, located } from "../../document/span";
import { type DateMention, findDateMentions } from "../../text/date-mentions";
import { LEAVES } from "../../meeting/coming-and-going";
import { defineNoticeRule, namedYear } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/date-no-year",
    group: "notice",
    severity: "error",
    description: "会议日期没有写年份（如“12月3日”）；能从成文日期或另一处日期推出年份时只作提示",
    source: "practice：时间一般要注明年月日",
    messages: {
      noYear: "会议日期“{text}”没有写年份",
      inferred: "会议日期“{text}”没有写年份（按{from}读作 {year} 年）",
    },
    fixable: false,
  },
  check(ctx) {
    const { meetingDate, arrangedDate, issueDate } = ctx.doc;
    // Where the opening sentence gives the meeting date, the reader keeps one object for both.
    const dates = [meetingDate, arrangedDate !== meetingDate ? arrangedDate : undefined].filter(
      (d): d is Located<DateMention> => !!d,
    );
    const withYear = dates.find((d) => d.value.year !== null);
    const reported = new Set<number>();
    const year = withYear?.value.year ?? issueDate?.value.year ?? namedYear(ctx.doc) ?? null;
    const from = withYear ? "会议时间" : issueDate?.value.year ? "成文日期" : "标题";
    const report = (date: Located<DateMention>) => {
      reported.add(date.at.paragraph);
      if (year === null) ctx.report({ messageId: "noYear", at: date.at, data: { text: date.text } });
      else ctx.report({ messageId: "inferred", severity: "info", at: date.at, data: { text: date.text, year, from } });
    };
    for (const date of dates) if (date.value.year === null) report(date);
    // `1月14日召开预备会议`, `9月18日下午报到`, a restated 会议时间: each is a meeting date too (RULES.md §6), said
    // as a hint with the year read from the meeting's date where that has one.
    for (const date of meetingDays(ctx.paragraphs, ctx.doc.body)) if (!reported.has(date.at.paragraph)) report(date);
  },
});

/** Words that make a date a day of the meeting or its 报到 (not a deadline for replies). */
const MEETING_DAY =
  /召开|举行|举办|开会|开幕|闭幕|报到|到达|到会|参会(?![^。，,；;]{0,6}(?:人员|城市|单位|代表|名单|回执))|参加[^。，,；;]{0,12}会(?!议室)|参加[^。，,；;]{1,12}(?:典礼|仪式)|入住|集合|入场|签到|整队|乘车|出发|结束|会期|全体会议|预备会议|分组讨论|参观|考察/;
const REPLY = /报名|报送|回执|反馈|提交|上报|报给|发送|截止/;

function meetingDays(paragraphs: string[], [from, to]: [number, number]): Located<DateMention>[] {
  const found: Located<DateMention>[] = [];
  for (let i = from; i < to; i++) {
    const scheduled = scheduleDay(paragraphs[i]);
    if (scheduled) {
      found.push(located(scheduled, i, scheduled.start, scheduled.text));
      continue;
    }
    for (const clause of clauses(paragraphs[i])) {
      if (!MEETING_DAY.test(clause.text) || REPLY.test(clause.text)) continue;
      const mentions = findDateMentions(clause.text);
      const mention = mentions.find((m) => m.year === null);
      // `2011年12月15日报到，12月16日上午开会`: the year just written carries on to the next day.
      if (!mention || mentions.some((m) => m.year !== null && m.start < mention.start)) continue;
      // `5月20日17:00前…领取`, `于4月16日前将…报`: a day things are due by, not a day of the meeting — unless
      // what is due is the people themselves (`9月9日上午10:00前报到`).
      if (
        /^\s*(?:之|以)?前/.test(clause.text.slice(mention.end)) &&
        !/报到|到达|到会|入住|集合|入场|签到|整队/.test(clause.text)
      )
        continue;
      const start = clause.start + mention.start;
      found.push(located({ ...mention, start, end: start + mention.text.length }, i, start, mention.text));
      break;
    }
  }
  return found;
}

/**
 * `4月17日9:00-9:10 开幕式`, `10月17日  上午:专题论坛`, `四月二十五日` alone: a line of the programme opening with a day
 * of the meeting and its hours, or with the day alone as a row of the schedule.
 */
function scheduleDay(paragraph: string): DateMention | null {
  const [first] = findDateMentions(paragraph);
  if (!first || first.year !== null || paragraph.slice(0, first.start).trim() !== "") return null;
  const rest = paragraph.slice(first.end);
  // `10月18日  全天:返程`: the day people leave is no day of the meeting.
  if (REPLY.test(rest) || /^\s*(?:之|以)?前/.test(rest) || LEAVES.test(rest)) return null;
  return first.time ||
    /^\s*(?:[（(][^)）]{1,4}[)）])?\s*(?:上午|下午|晚上|全天|\d{1,2}\s*[:：]\d{2})/.test(rest) ||
    rest.trim() === ""
    ? first
    : null;
}

function clauses(paragraph: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of paragraph.matchAll(/[^。；;！!]+[。；;！!]?/g)) out.push({ text: m[0], start: m.index! });
  return out;
}
