import { type Located, located } from "../document/span";
import { readLabel } from "../document/sections";
import { type DateMention, findDateMentions, findRelativeDates } from "../text/date-mentions";
import { findContactNames, findPhones, readClosing } from "./read-common";

/** What a notice says, each part with where it says it. */
export interface NoticeFacts {
  paragraphs: string[];
  secrecy?: Located<string>;
  issuerMark?: Located<string>;
  docNumber?: Located<string>;
  title?: Located<string>;
  recipients?: Located<string>;
  meetingName?: Located<string>;
  /** The meeting's date (and time), as written. */
  meetingDate?: Located<DateMention>;
  /** Where the meeting time is spoken of, even without a readable date (`明天上午`). */
  meetingTimeText?: Located<string>;
  place?: Located<string>;
  attendees?: Located<string>;
  agenda?: Located<string>;
  contacts: Located<string>[];
  phones: Located<string>[];
  replyDeadline?: Located<DateMention>;
  attachments: Located<string>[];
  signature?: Located<string>;
  issueDate?: Located<DateMention>;
  /** Words that make the meeting 涉密. */
  classified?: Located<string>;
  /** 短信 / 微信 named as a way the notice goes out. */
  channels: Located<string>[];
  /** Paragraphs of the body (after 主送机关, before 署名): [start, end). */
  body: [number, number];
}

const LABELS = {
  name: ["会议名称"],
  time: ["会议时间", "时间", "开会时间", "召开时间"],
  place: ["会议地点", "地点", "开会地点", "会议地址"],
  attendees: [
    "参会人员",
    "参加人员",
    "参会范围",
    "出席人员",
    "与会人员",
    "参会单位",
    "参加单位",
    "参会对象",
    "出席范围",
    "参加范围",
  ],
  agenda: ["会议议程", "议程", "会议内容", "主要内容", "会议主要内容", "会议议题", "议题", "会议安排"],
  requirements: ["有关要求", "会议要求", "工作要求", "注意事项", "其他事项", "相关要求", "有关事项"],
  checkIn: ["报到时间", "报到地点", "报到时间和地点", "报到"],
  reply: ["回执", "报名", "报名方式", "报名要求"],
  contact: ["联系人", "联系方式", "联系电话", "联系人及电话", "会务联系人", "联系人及联系方式"],
  channel: ["发送方式", "通知方式"],
} as const;
type Section = keyof typeof LABELS;
const ALL_LABELS = Object.values(LABELS).flat();

const DOC_NUMBER = /^[\u4e00-\u9fa5A-Za-z]{1,20}\s*[〔[（(【［﹝]\s*\d{4}\s*[〕\]）)】］﹞]\s*第?\s*\d+\s*号$/;
const SECRECY = /^(?:\d{6}\s*)?(秘密|机密|绝密)(?:\s*★.*)?$/;
const CLASSIFIED_WORDS = /涉密会议|会议(?:属于|内容)?涉密|密级[:：]?\s*(?:秘密|机密|绝密)|(?:秘密|机密|绝密)级会议/;
const CHANNEL_WORDS =
  /(?:通过|以|用|经|采用)?\s*(短信|微信|QQ|钉钉)(?:群)?(?:的)?(?:方式|形式)?(?:通知|发送|发布|告知|转发|下发|送达)|(?:发送|通知)方式\s*[:：]\s*(短信|微信)/g;
const ARRANGED = /(?:兹|现)?(?:定|决定|拟|将)于/;

export function readNotice(paragraphs: string[]): NoticeFacts {
  const facts: NoticeFacts = {
    paragraphs,
    contacts: [],
    phones: [],
    attachments: [],
    channels: [],
    body: [0, paragraphs.length],
  };
  const head = Math.min(paragraphs.length, 10);
  let titleEnd = -1;
  for (let i = 0; i < head; i++) {
    const text = paragraphs[i].trim();
    if (text === "") continue;
    if (!facts.secrecy && SECRECY.test(text)) facts.secrecy = at(paragraphs, i, text);
    else if (!facts.docNumber && DOC_NUMBER.test(text)) facts.docNumber = at(paragraphs, i, text);
    else if (!facts.title && /通知$/.test(text) && text.length <= 80) {
      // A long title may be split over two paragraphs: 关于召开…工作 / 会议的通知.
      const previous = i > 0 ? paragraphs[i - 1].trim() : "";
      const joined = previous.startsWith("关于") && !/通知$/.test(previous) ? previous + text : text;
      facts.title = joined === text ? at(paragraphs, i, text) : located(joined, i, 0, text);
      titleEnd = i;
    } else if (
      !facts.issuerMark &&
      !facts.title &&
      /文件$|(?:政府|委员会|办公室|办公厅|局|委|厅|部|党委|机关)$/.test(text) &&
      text.length <= 30
    ) {
      facts.issuerMark = at(paragraphs, i, text);
    }
  }
  let bodyStart = titleEnd + 1;
  for (let i = bodyStart; i < Math.min(paragraphs.length, bodyStart + 3); i++) {
    const text = paragraphs[i].trim();
    if (text === "") continue;
    if (/[:：]$/.test(text) && text.length <= 120 && !readLabel(text, ALL_LABELS)) {
      facts.recipients = at(paragraphs, i, text);
      bodyStart = i + 1;
    }
    break;
  }
  const closing = readClosing(paragraphs, bodyStart);
  facts.signature = closing.signature;
  facts.issueDate = closing.issueDate;
  facts.body = [bodyStart, closing.start];

  const sections = readSections(paragraphs, bodyStart, closing.start);
  readArrangedSentence(paragraphs, facts);

  const nameSection = sections.name?.[0];
  if (nameSection) facts.meetingName = nameSection;
  facts.meetingName ??= nameFromTitle(facts.title);
  const timeSection = sections.time?.[0];
  if (timeSection) {
    facts.meetingTimeText = timeSection;
    const mention = findDateMentions(paragraphs[timeSection.at.paragraph].slice(timeSection.at.start))[0];
    if (mention) facts.meetingDate = shift(mention, timeSection.at.paragraph, timeSection.at.start);
  }
  if (sections.place?.[0]) facts.place = sections.place[0];
  if (sections.attendees?.[0]) facts.attendees = sections.attendees[0];
  if (sections.agenda?.[0]) facts.agenda = sections.agenda[0];

  for (let i = bodyStart; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    facts.contacts.push(...findContactNames(paragraphs, i));
    facts.phones.push(...findPhones(paragraphs, i));
    if (!facts.replyDeadline && /回执|报名|报送|反馈/.test(text) && /前/.test(text)) {
      const mention = findDateMentions(text).find((m) => /^\s*(?:之)?前/.test(text.slice(m.end)));
      if (mention) facts.replyDeadline = shift(mention, i, 0);
    }
    if (!facts.classified) {
      const m = CLASSIFIED_WORDS.exec(text);
      if (m) facts.classified = located(m[0], i, m.index, m[0]);
    }
    for (const m of text.matchAll(CHANNEL_WORDS)) {
      if (/不得|严禁|禁止|不能|不要/.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
      facts.channels.push(located(m[0], i, m.index!, m[0]));
    }
  }
  if (facts.secrecy) facts.classified ??= facts.secrecy;
  facts.attachments = readAttachments(paragraphs, bodyStart, closing.start);
  return facts;
}

function at(paragraphs: string[], i: number, text: string): Located<string> {
  return located(text, i, paragraphs[i].indexOf(text), text);
}

function shift(mention: DateMention, paragraph: number, offset: number): Located<DateMention> {
  const moved = { ...mention, start: mention.start + offset, end: mention.end + offset };
  return located(moved, paragraph, moved.start, mention.text);
}

function nameFromTitle(title: Located<string> | undefined): Located<string> | undefined {
  if (!title) return undefined;
  const m = /关于(?:召开|举行|举办|开展|组织召开)(.+?)(?:的)?(?:预备|补充|延期)?通知$/.exec(title.value);
  if (!m) return /会议/.test(title.value) ? title : undefined;
  return { value: m[1], at: title.at, text: title.text };
}

/** Sections such as `一、会议时间：…` or a heading `二、参会人员` followed by its paragraphs. */
function readSections(paragraphs: string[], from: number, to: number): Partial<Record<Section, Located<string>[]>> {
  const sections: Partial<Record<Section, Located<string>[]>> = {};
  for (let i = from; i < to; i++) {
    const labelled = readLabel(paragraphs[i], ALL_LABELS);
    if (!labelled) continue;
    const section = (Object.keys(LABELS) as Section[]).find((s) =>
      (LABELS[s] as readonly string[]).includes(labelled.label),
    )!;
    let value: Located<string> | null = null;
    if (labelled.value !== "") {
      value = located(labelled.value, i, labelled.valueStart, labelled.value);
    } else {
      const next = paragraphs.slice(i + 1, to).findIndex((p) => p.trim() !== "");
      if (next >= 0 && !readLabel(paragraphs[i + 1 + next], ALL_LABELS)) {
        const j = i + 1 + next;
        value = at(paragraphs, j, paragraphs[j].trim());
      }
    }
    if (value) (sections[section] ??= []).push(value);
  }
  return sections;
}

/** The single-paragraph form: `定于2026年12月3日上午9:00在县政府三楼第一会议室召开全县安全生产工作会议`. */
function readArrangedSentence(paragraphs: string[], facts: NoticeFacts): void {
  for (let i = facts.body[0]; i < facts.body[1]; i++) {
    const text = paragraphs[i];
    const arranged = ARRANGED.exec(text);
    if (!arranged || !/召开|举行|举办|开会/.test(text)) continue;
    const after = arranged.index;
    if (!facts.meetingDate) {
      const mention = findDateMentions(text.slice(after))[0];
      if (mention) facts.meetingDate = shift(mention, i, after);
      else {
        const relative = findRelativeDates(text.slice(after))[0];
        if (relative) facts.meetingTimeText = located(relative.text, i, after + relative.start, relative.text);
      }
    }
    const place = /在(.{2,40}?)(?:召开|举行|举办|开会)/.exec(text.slice(after));
    if (place && !facts.place) facts.place = located(place[1], i, after + place.index + 1, place[1]);
    const name = /(?:召开|举行|举办)(?:了)?(.{2,40}?会(?:议)?)(?=[，,。；;]|$)/.exec(text.slice(after));
    if (name && !facts.meetingName)
      facts.meetingName = located(name[1], i, after + name.index + name[0].length - name[1].length, name[1]);
    if (name && !facts.agenda) {
      // `…召开全县防汛工作会议，传达上级会议精神，部署防汛工作。`: what the meeting is for.
      const from = after + name.index + name[0].length;
      const purpose =
        /^[，,]\s*([^。；;]*(?:传达|学习|研究|部署|审议|听取|总结|通报|讨论|安排|表彰|动员)[^。；;]*)/.exec(
          text.slice(from),
        );
      if (purpose) facts.agenda = located(purpose[1], i, from + purpose[0].length - purpose[1].length, purpose[1]);
    }
    const attendees = /(?:请|由)?(.{2,60}?)(?:参加|出席)(?:会议)?[。；;]/.exec(text);
    if (attendees && !facts.attendees) facts.attendees = located(attendees[1], i, attendees.index, attendees[1]);
    return;
  }
}

/** `附件：1.会议回执` and the numbered names under it. */
function readAttachments(paragraphs: string[], from: number, to: number): Located<string>[] {
  const found: Located<string>[] = [];
  for (let i = from; i < to; i++) {
    const m = /^(\s*附\s*件\s*[:：]\s*)(?:\d+\s*[.．、]\s*)?(.+)$/.exec(paragraphs[i]);
    if (!m) continue;
    found.push(located(m[2].trim(), i, paragraphs[i].indexOf(m[2].trim(), m[1].length), m[2].trim()));
    for (let j = i + 1; j < to; j++) {
      const item = /^(\s*\d+\s*[.．、]\s*)(.+)$/.exec(paragraphs[j]);
      if (!item) break;
      const name = item[2].trim();
      found.push(located(name, j, paragraphs[j].indexOf(name, item[1].length), name));
    }
    break;
  }
  return found;
}
