import type { TextCut } from "../document/cut";
import type { Located } from "../document/span";
import type { MinutesFacts } from "./read-minutes";
import type { NoticeFacts } from "./read-notice";

/** One required element of a notice or minutes: found or not, and the paragraph it follows where it belongs. */
export interface ElementPresence {
  element: string;
  present: boolean;
  belongsAfter: number | null;
  /** Not found, but it would stand after the point where the text breaks off: not reported missing. */
  beyondCut?: boolean;
  /** Written in the record's opening sentence when written at all (a minutes' time, place and chair). */
  inOpening?: boolean;
  /** Said to be told later (`具体时间另行通知`, `参加人员：另行通知`): missing even where the text is cut or hints at it. */
  deferred?: boolean;
  /** Not found where elements are read, but a plain sign of it stands here: not reported missing (element-hints.ts). */
  hinted?: { paragraph: number; text: string };
  /** The sentence it belongs in was read (a record's opening): the structure is there, whether the element is or not. */
  placeRead?: boolean;
  /** Where it was read and from what (`huiwu lint --explain`): under a label, in a sentence, in the title, in the 落款. */
  found?: { paragraph: number; text: string; cue: Cue };
}

export type Cue = "标签" | "句中" | "标题" | "落款" | "表格";

/**
 * The elements, each not found marked where the text breaks off: the 落款, contacts and 出席 stand at the end
 * (RULES.md §6), and a text cut short may have had its time, place or agenda in the part that is missing too.
 */
export function beyondCut(elements: ElementPresence[], cut: TextCut | null): ElementPresence[] {
  if (!cut) return elements;
  // A record's place or chair not in its opening, with the opening there before the cut, is missing all the same.
  const openingRead = (e: ElementPresence) => e.inOpening && e.belongsAfter !== null && e.belongsAfter < cut.paragraph;
  return elements.map((e) => (!e.present && !openingRead(e) && !e.deferred ? { ...e, beyondCut: true } : e));
}

/** RULES.md §6: the nine elements a meeting notice must carry. */
export function noticeElements(doc: NoticeFacts): ElementPresence[] {
  const [bodyStart, bodyEnd] = doc.body;
  const opening = paragraphOf(doc.title) ?? (bodyStart > 0 ? bodyStart - 1 : null);
  const arrangement = paragraphOf(doc.meetingDate) ?? paragraphOf(doc.meetingTimeText) ?? opening;
  const lastBody = bodyEnd > bodyStart ? bodyEnd - 1 : opening;
  const presence = reader(doc.paragraphs, paragraphOf(doc.title));
  const deferred = (e: ElementPresence, told = !!doc.deferred): ElementPresence =>
    told && !e.present ? { ...e, deferred: true, belongsAfter: doc.deferred?.at.paragraph ?? e.belongsAfter } : e;
  return [
    presence("会议名称", doc.meetingName, opening),
    deferred(presence("会议时间", doc.meetingDate ?? doc.meetingTimeText, opening)),
    deferred(presence("会议地点", doc.place, arrangement)),
    deferred(presence("参会人员/参会单位", doc.attendees, arrangement), !!doc.attendeesDeferred),
    presence("会议内容/议程", doc.agenda, arrangement),
    presence("联系人", doc.contacts[0], lastBody),
    presence("联系电话", doc.phones[0], paragraphOf(doc.contacts[0]) ?? lastBody),
    presence("发文机关署名", doc.signature, lastBody, true),
    presence("成文日期", doc.issueDate ?? doc.issueDateText, paragraphOf(doc.signature) ?? lastBody, true),
  ];
}

/** RULES.md §7: the five elements of minutes. */
export function minutesElements(doc: MinutesFacts): ElementPresence[] {
  const opening = paragraphOf(doc.number) ?? paragraphOf(doc.title) ?? null;
  const firstBody = doc.body[0] < doc.body[1] ? doc.body[0] : opening;
  const lastBody = doc.body[1] > doc.body[0] ? doc.body[1] - 1 : opening;
  const presence = reader(doc.paragraphs, paragraphOf(doc.title));
  // The time, place and chair stand in the record's opening: where the text is cut after it, they are missing all
  // the same (RULES.md §6 spares only what would stand in the missing part).
  const held = paragraphOf(doc.meetingDate) ?? opening ?? firstBody;
  const inOpening = (e: ElementPresence): ElementPresence => ({ ...e, inOpening: true });
  const time = inOpening(presence("会议时间", doc.meetingDate ?? doc.meetingDayText, opening ?? firstBody));
  return [
    doc.held ? { ...time, placeRead: true } : time,
    inOpening(presence("会议地点", doc.place, held)),
    inOpening(presence("主持人", doc.chair, held)),
    presence("出席", doc.present?.value.length ? doc.present : doc.presentInText, lastBody),
    presence("议定事项", doc.decisions[0]?.text, firstBody),
  ];
}

/**
 * Whether the reader found enough of the kind's structure to say what is missing: a third of the
 * elements, and at least two. Below that, one `document/structure-unrecognised` says so instead of an
 * error per element.
 */
export function structureRecognised(elements: ElementPresence[]): boolean {
  // The sentence that says the meeting was held is the record's own structure: what it leaves out is missing.
  if (elements.some((e) => e.placeRead)) return true;
  const found = elements.filter((e) => e.present).length;
  const readable = elements.filter((e) => !e.beyondCut).length;
  return found >= Math.max(2, Math.ceil(readable / 3));
}

/** Presence of each element of one document, with where it was read. */
function reader(paragraphs: string[], title: number | null) {
  return (
    element: string,
    value: Located<unknown> | undefined,
    belongsAfter: number | null,
    closing = false,
  ): ElementPresence => {
    if (!value) return { element, present: false, belongsAfter };
    const cue: Cue = closing ? "落款" : value.at.paragraph === title ? "标题" : cueOf(paragraphs, value);
    return { element, present: true, belongsAfter, found: { paragraph: value.at.paragraph, text: value.text, cue } };
  };
}

/** What an element was read from: a label before it (`会议地点：`, a heading above), the title, the 落款, or a sentence. */
function cueOf(paragraphs: string[], value: Located<unknown>): Cue {
  const paragraph = paragraphs[value.at.paragraph] ?? "";
  if (/\t|\|/.test(paragraph)) return "表格";
  if (/[:：]\s*$/.test(paragraph.slice(0, value.at.start))) return "标签";
  const above = (paragraphs[value.at.paragraph - 1] ?? "").trim();
  if (value.at.start <= 2 && above.length > 0 && above.length <= 16 && !/[。，,；;]/.test(above)) return "标签";
  return "句中";
}

function paragraphOf(value: Located<unknown> | undefined): number | null {
  return value ? value.at.paragraph : null;
}
