import { writtenParagraphs } from "../document/written-lines";
import { readDocumentKind } from "../document/kind";
import { readableParagraph } from "../document/readable";
import type { DocumentKind } from "../rules/text-rule";
import { toSimplifiedAligned } from "../text/simplified";
import { type MinutesFacts, readMinutes } from "../meeting/read-minutes";
import type { Minutes } from "../meeting/notice";
import { type DeadlineReading, readDeadline } from "../text/deadline";
import { type LocalDate, chineseDate, isoDate } from "../text/dates";
import { matchKey } from "../text/normalize";

/** One row of a 督办台账 made from a decision of the minutes. */
export interface TrackingItem {
  matter: string;
  owner: string;
  /** The day the deadline sets, or null where the minutes set none (or only 尽快). */
  deadline: LocalDate | null;
  /** Where the item comes from: the minutes' title and number, and the meeting's date. */
  source: string;
  /** What the clerk must settle by hand: no owner, no deadline, several deadlines. Empty when nothing. */
  note: string;
}

export interface DecisionText {
  text: string;
  owner?: string;
  deadline?: string;
}

// Every deadline a decision names, as read-decisions finds the first: `12月15日前`, `12月底`, `年内`.
const DEADLINES =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:前|之前|以前)?|(?:\d{4}年)?\d{1,2}月(?:底|末|上旬|中旬|下旬)(?:前)?|(?:本年|年|年度)底前|年内/g;

/**
 * The decisions of one set of minutes as 督办 items. The deadline is read as a day where the minutes give one
 * (`12月底` is 31 December of the minutes' year); where they give none, or several, the item says so in its
 * note instead of guessing.
 */
export function trackingItems(decisions: DecisionText[], source: string, year: number | undefined): TrackingItem[] {
  return decisions
    .filter((d) => d.text.trim() !== "")
    .map((decision) => {
      const notes: string[] = [];
      const owner = decision.owner?.trim() ?? "";
      if (owner === "") notes.push("纪要未写明责任单位");
      const written = [...new Set([decision.deadline, ...(decision.text.match(DEADLINES) ?? [])])].filter(
        (d): d is string => !!d?.trim(),
      );
      const days = new Map<string, { text: string; date: LocalDate }>();
      for (const text of written) {
        const reading = readDeadline(text, year);
        if (isDay(reading) && !days.has(isoDate(reading.date)))
          days.set(isoDate(reading.date), { text, date: reading.date });
      }
      const sorted = [...days.keys()].sort().map((key) => days.get(key)!);
      const deadline: LocalDate | null = sorted[0]?.date ?? null;
      if (written.length === 0) notes.push("纪要未写明完成时限");
      else if (!deadline)
        notes.push(
          year === undefined && written.some((text) => isDay(readDeadline(text, 2000)))
            ? `完成时限“${written[0]}”没有年份（纪要也没有写日期），请补全`
            : `完成时限“${written[0]}”不是具体日期，请与责任单位商定`,
        );
      if (sorted.length > 1)
        notes.push(
          `纪要写了 ${sorted.length} 个时限（${sorted.map((d) => d.text).join("、")}），此处登记最早的，可拆成多行`,
        );
      return { matter: sentenceOf(decision.text), owner, deadline, source, note: notes.join("；") };
    });
}

const isDay = (reading: DeadlineReading): reading is { date: LocalDate; text: string } =>
  !!reading && "date" in reading;

/** The decision as one line, without its numbering and closing 。. */
function sentenceOf(text: string): string {
  return (
    text
      .replace(/\s+/g, "")
      .replace(/^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]/, "")
      // 会议同意县财政局安排…: the register lists the matter, not that the meeting agreed to it.
      .replace(/^(?:会议|本次会议)(?:还|原则|一致)?(?:同意|要求|决定|明确|议定|责成|确定)[，,：:]?(?=.{4})/, "")
      // `…实施方案。责任单位：县住建局；完成时限：…。`: the owner and deadline have their own columns.
      .replace(/[（(]?(?:(?:责任|牵头|主办|承办|配合)(?:单位|部门|领导|人)|完成时限|完成时间|办结时限)[:：].*$/, "")
      .replace(/[。；;，,]$/, "")
  );
}

/** Where the items of a document come from: `县政府常务会议纪要（第12期，2026年12月3日）`. */
export function sourceOf(parts: { title?: string; number?: string; date?: LocalDate | null }): string {
  const detail = [parts.number?.trim(), parts.date ? chineseDate(parts.date) : ""].filter(Boolean).join("，");
  return `${parts.title?.trim() || "会议纪要"}${detail ? `（${detail}）` : ""}`;
}

/** The items of minutes read from a document. */
export function trackingItemsOfMinutes(facts: MinutesFacts): TrackingItem[] {
  const mention = [facts.meetingDate?.value, facts.issueDate?.value].find((m) => m && m.year !== null);
  const date = mention ? { year: mention.year!, month: mention.month, day: mention.day } : null;
  const source = sourceOf({ title: facts.title?.value, number: facts.number?.value, date });
  const decisions = facts.decisions
    .filter((d) => !d.settled)
    .map((d) => ({
      text: d.text.value,
      owner: d.owner?.value,
      deadline: d.deadline?.value,
    }));
  return trackingItems(decisions, source, date?.year);
}

/**
 * The items of a document's paragraphs, read the way the minutes check reads them, and what the document
 * reads as: a notice has no decisions to track, whatever numbered items it has.
 */
export function trackingItemsOfParagraphs(paragraphs: string[]): { kind: DocumentKind | null; items: TrackingItem[] } {
  const simplified = writtenParagraphs(paragraphs).paragraphs.map((p) =>
    toSimplifiedAligned(readableParagraph(p).text),
  );
  const { kind } = readDocumentKind(simplified);
  return { kind, items: kind === "notice" ? [] : trackingItemsOfMinutes(readMinutes(simplified)) };
}

/** The items of minutes drafted in the form or a JSON input. */
export function trackingItemsOfDraft(minutes: Minutes): TrackingItem[] {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(minutes.start ?? minutes.issueDate ?? "");
  const date = day ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } : null;
  const source = sourceOf({ title: minutes.title || minutes.meetingName, number: minutes.number, date });
  return trackingItems(minutes.decisions ?? [], source, date?.year);
}

/** Two items are the same when their matter and source are, whatever the spacing or script. */
export function itemKey(matter: string, source: string): string {
  return `${matchKey(matter)}|${matchKey(source)}`;
}
