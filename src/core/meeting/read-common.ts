import { isNumbered } from "../document/sections";
import { type Located, located } from "../document/span";
import { type DateMention, findDateMentions } from "../text/date-mentions";
import { PERSON_NAME, isPersonName, isTitledSurname } from "../text/person-name";

/** A date alone on its paragraph (成文日期): `2026年11月20日`, `二〇二六年十一月二十日`. */
export function dateParagraph(text: string): DateMention | null {
  // `2014.04.10.`: a page's date may end on the stop of its last number.
  const trimmed = text.trim().replace(/(?<=\d)[.．]$/, "");
  const mentions = findDateMentions(trimmed);
  if (mentions.length !== 1) return null;
  const m = mentions[0];
  if (m.year === null || trimmed.replace(m.text, "").trim() !== "") return null;
  const offset = text.indexOf(trimmed);
  return { ...m, start: m.start + offset, end: m.end + offset };
}

const SENTENCE_END = /[。；;！!？?，,：:]$/;
/** A line above the date that is no 署名: a phone, a contact, an address (`电话：0571-…`). */
const NOT_A_SIGNATURE = /\d{5}|电\s*话|手\s*机|传\s*真|联\s*系|邮\s*箱|地\s*址|网\s*址|[:：]/;
/** A line that names a body: how a 署名 ends (`…人民政府办公室`, `…大学`, `…委员会`). */
const BODY_NAME =
  /(?:政府|委员会|办公室|办公厅|局|厅|委|部|院|校|大学|学院|中心|协会|学会|联合会|党委|党组|支部|政协|人大常委会|公司|处|科|署|会)$/;

export interface Closing {
  signature?: Located<string>;
  issueDate?: Located<DateMention>;
  /** A 成文日期 written but garbled or cut (`年8月21日`, `2022`): given, though no date can be read from it. */
  issueDateText?: Located<string>;
  /** Index of the first paragraph of the closing block (署名/日期/版记); the body ends before it. */
  start: number;
}

/** The 发文机关署名 and 成文日期 near the end, above any 版记 (抄送 / …印发). */
export function readClosing(paragraphs: string[], from: number): Closing {
  const attachments = attachmentPart(paragraphs, from);
  let end = attachments ?? paragraphs.length;
  for (let i = paragraphs.length - 1; i >= from && i >= paragraphs.length - 12; i--) {
    // The 版记: 抄送, 印发, and in older documents 主题词 and `（共印50份）`.
    if (/^\s*(抄送|分送|印发|发送|主题词)[:：]|印发\s*$|^\s*[（(]?共印\s*\d+\s*份/.test(paragraphs[i]))
      end = Math.min(end, i);
  }
  for (let i = end - 1; i >= Math.max(from, end - 10); i--) {
    const date = dateParagraph(paragraphs[i]);
    // `2026年11月10日下午14:30` under `一、大会时间` is the meeting's time, not a 成文日期.
    if (!date || date.time) continue;
    const closing: Closing = { issueDate: located(date, i, date.start, date.text), start: i };
    for (let j = i - 1; j >= Math.max(from, i - 3); j--) {
      const text = paragraphs[j].trim();
      if (text === "") continue;
      if (
        text.length <= 40 &&
        !SENTENCE_END.test(text) &&
        !/^附件/.test(text) &&
        !dateParagraph(text) &&
        !NOT_A_SIGNATURE.test(text) &&
        !isNumbered(text)
      ) {
        closing.signature = located(text, j, paragraphs[j].indexOf(text), text);
        closing.start = j;
      }
      break;
    }
    return closing;
  }
  return trailingDate(paragraphs, from, end) ?? garbledDate(paragraphs, from, end) ?? { start: end };
}

/** `附件` / `附件1` / `附件：` alone on its line: the attachment pages (GB/T 9704 8) begin; the closing stands above. */
const ATTACHMENT_PAGE = /^[\s\u3000]*附\s*件\s*[\d一二三四五六七八九十]*\s*[:：]?[\s\u3000]*$/;

/** Where the attachment pages begin after the body, or null: the first `附件1` line with the body above it. */
function attachmentPart(paragraphs: string[], from: number): number | null {
  for (let i = from + 1; i < paragraphs.length; i++)
    if (ATTACHMENT_PAGE.test(paragraphs[i]) && !namesAttachmentsAboveTheClosing(paragraphs, i)) return i;
  return null;
}

/**
 * `附件：` over `学位服穿着规范.doc`, then the 署名 and the 成文日期: the 附件说明 listing the files, with the
 * closing below it, not the attached pages. Only short lines, none a sentence, stand between it and the date.
 */
function namesAttachmentsAboveTheClosing(paragraphs: string[], at: number): boolean {
  if (!/[:：]\s*$/.test(paragraphs[at])) return false;
  const below = paragraphs.slice(at + 1).filter((p) => p.trim() !== "");
  const date = below.findIndex((p) => dateParagraph(p) !== null);
  if (date < 2 || date > 6) return false;
  return below.slice(0, date).every((p) => p.trim().length <= 40 && !SENTENCE_END.test(p.trim()));
}

/**
 * A 成文日期 cut or garbled (`2022`, `二〇二〇年十月`) still has its 署名 above it, and a text that ends on its
 * 署名 has one: the 署名 is a short line naming a body among the last lines.
 */
function garbledDate(paragraphs: string[], from: number, end: number): Closing | null {
  // `特此通知` / 署名 / 附件：…: the 署名 stands right under the closing words, whatever follows.
  for (let i = end - 1; i >= Math.max(from, end - 10); i--) {
    if (!/^\s*特此(?:通知|公告|通告|函告|函复)[。.]?\s*$/.test(paragraphs[i])) continue;
    const next = paragraphs.slice(i + 1, end).findIndex((p) => p.trim() !== "");
    const j = i + 1 + next;
    const text = next < 0 ? "" : paragraphs[j].trim();
    if (text.length <= 30 && !SENTENCE_END.test(text) && !NOT_A_SIGNATURE.test(text) && BODY_NAME.test(text))
      return {
        ...garbledDateUnder(paragraphs, j, end),
        signature: located(text, j, paragraphs[j].indexOf(text), text),
        start: j,
      };
    break;
  }
  const last: number[] = [];
  for (let i = end - 1; i >= from && last.length < 2; i--) if (paragraphs[i].trim() !== "") last.push(i);
  for (const i of last) {
    const text = paragraphs[i].trim();
    if (text.length > 30 || SENTENCE_END.test(text) || NOT_A_SIGNATURE.test(text) || !BODY_NAME.test(text)) continue;
    if (i !== last[0] && !GARBLED_DATE.test(paragraphs[last[0]].trim())) continue;
    return {
      ...garbledDateUnder(paragraphs, i, end),
      signature: located(text, i, paragraphs[i].indexOf(text), text),
      start: i,
    };
  }
  return null;
}

/** `2022`, `年8月21日`, `二○一三年三月二十六`: a 成文日期 garbled or cut. */
const GARBLED_DATE = /^[\d〇零○O一二三四五六七八九十年月日\s.．/-]{2,16}$/;

/** The garbled 成文日期 on the line under the 署名, if any. */
function garbledDateUnder(paragraphs: string[], signature: number, end: number): Pick<Closing, "issueDateText"> {
  const next = paragraphs.slice(signature + 1, end).findIndex((p) => p.trim() !== "");
  const line = next < 0 ? "" : paragraphs[signature + 1 + next].trim();
  if (!GARBLED_DATE.test(line) || !/[年月日]|^\d{4}(?:\s*[.．/-]\s*\d{1,2}){0,2}$|^(?:19|20)\d{3,6}$/.test(line))
    return {};
  const at = signature + 1 + next;
  return { issueDateText: located(line, at, paragraphs[at].indexOf(line), line) };
}

/**
 * A whole notice pasted as one paragraph ends with its 成文日期 after the last sentence:
 * `…联系电话：87133252。 二〇一〇年二月二十一日`. The body then ends where the date begins.
 */
function trailingDate(paragraphs: string[], from: number, end: number): Closing | null {
  for (let i = end - 1; i >= from; i--) {
    const text = paragraphs[i];
    if (text.trim() === "") continue;
    const last = findDateMentions(text).at(-1);
    if (!last || last.year === null || text.slice(last.end).trim() !== "") return null;
    const before = text.slice(0, last.start);
    if (!/[。；;！!\s]\s*$/.test(before)) return null;
    const closing: Closing = { issueDate: located(last, i, last.start, last.text), start: end };
    // `…联系电话：…。 宁波市农业局 二〇一〇年二月二十一日`: the words between the last sentence and the date sign it.
    const signed = /[。；;！!]\s*([^。；;！!，,：:\s][^。；;！!，,：:]{1,38}?)\s+$/.exec(before);
    if (signed) closing.signature = located(signed[1], i, signed.index + signed[0].indexOf(signed[1]), signed[1]);
    return closing;
  }
  return null;
}

/**
 * Phone-number-looking tokens: mobiles, landlines with or without area code, extensions. A local number
 * may be written in two groups, `8765 4321` or `8765-4321`. A separator belongs to a number only after an
 * area code: `张丽 13905712233` is one mobile, not a space and eight digits.
 */
export const PHONE_TOKEN =
  /(?<!\d)(?:\+?86[-\s]?)?(?:1\d{2}[-\s]\d{4}[-\s]?\d{4}|\d{9,12}(?:\s*转\s*\d{1,6})?|(?:(?:[(（]\s*0\d{2,3}\s*[)）]|0\d{2,3})\s*[-—–－‐]{0,2}\s*)?(?:\d{7,8}|\d{3,4}[-\s]\d{4})(?:\s*转\s*\d{1,6})?)/g;

/** A heading whose lines below list the contacts: `联系方式：` / 江西省青少年科技活动中心： / 万山青 18170099594. */
const CONTACT_HEADING =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*(?:会议|会务)?(?:联\s*[系络]\s*人|联[系络]方式|联系电话)(?:及(?:联系)?(?:电话|方式))?\s*[:：]?\s*$/;
const CONTACT_WORDS = /电\s*话|手\s*机|联\s*[系络]|座机|热线/;
/** `传真：87838692`: a fax is no contact phone (RULES.md §6). */
const FAX_BEFORE = /(?<!电\s*话\s*[/／、及和]?\s*)传\s*真\s*[:：]?\s*$/;

/** Whether the paragraph is one of the lines under a contact heading (up to six, until a blank line). */
function underContactHeading(paragraphs: string[], index: number): boolean {
  // The 附件 line, or any line after the next numbered heading, is past the contacts.
  if (/^\s*附\s*件/.test(paragraphs[index])) return false;
  for (let j = index - 1; j >= Math.max(0, index - 6); j--) {
    if (paragraphs[j].trim() === "") return false;
    if (CONTACT_HEADING.test(paragraphs[j])) return true;
    if (/^\s*[一二三四五六七八九十]+\s*[、.．]/.test(paragraphs[j])) return false;
  }
  return false;
}

/** Every phone-like number in a paragraph that speaks of contacts or phones, or lists them under a heading. */
export function findPhones(paragraphs: string[], index: number, from = 0): Located<string>[] {
  const text = paragraphs[index];
  if (!CONTACT_WORDS.test(text) && !underContactHeading(paragraphs, index)) return [];
  const found: Located<string>[] = [];
  for (const m of text.slice(from).matchAll(PHONE_TOKEN)) {
    // `010-8280097113701158832`: a landline and a mobile run together are one string, no number of either.
    const runOn = /^\d+/.exec(text.slice(from + m.index! + m[0].length))?.[0] ?? "";
    const token = (m[0] + runOn).trim();
    if (token.replace(/\D/g, "").length < 7) continue;
    const start = from + m.index! + m[0].indexOf(token);
    if (/\d年|\d月/.test(text.slice(start, start + token.length + 1))) continue;
    if (FAX_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    // `370534030@qq.com`: digits of a mail address, not a number to call.
    if (/^\s*@/.test(text.slice(start + token.length)) || /[\w.]$/.test(text.slice(0, start))) continue;
    found.push(located(token, index, start, token));
  }
  return found;
}

const CONTACT_LABEL = new RegExp(
  `(?:会议|会务|工作)?联\\s*[系络]\\s*人?(?<=人|(?:工作|会务)联[系络])(?:及(?:联系)?(?:电话|方式))?(?:\\s*[:：，,]\\s*|\\s*(?=${PERSON_NAME}(?:[，,、；;\\s（(]|电话|手机|\\d|$)))`,
);
/** A value that names the people to call: `联系电话：省农委防控办，郝桂兰，025-86263942`. */
const PHONE_LABEL = /(?:联系电话|联系方式|咨询电话)\s*[:：]\s*/;
const TITLED_PERSON = /([\u4e00-\u9fa5](?:小姐|先生|女士))(?=[\s，,、；;。:：(（)）]|\d|$)/g;
const PHONE_NEARBY = /\d{3,4}[-—\s]?\d{4}/;
/** A person, not an office: two to four characters that do not end like a unit. */
const PERSON = /^[\u4e00-\u9fa5]{2,4}$/;
const UNIT_END = /[办局委厅处科室部院所站心组会司队校馆]$/;

/** Contact people: `联系人：张三、李四，电话…`, `联系电话：…办，郝桂兰，025-…`, `请与王芳联系`, names above a phone under `联系方式：`. */
export function findContactNames(paragraphs: string[], index: number): Located<string>[] {
  const text = paragraphs[index];
  const labelled = CONTACT_LABEL.exec(text);
  if (labelled) return namesAfterLabel(text, index, labelled.index + labelled[0].length);
  const names: Located<string>[] = [];
  const phoneLabel = PHONE_LABEL.exec(text);
  const listed = underContactHeading(paragraphs, index);
  if (phoneLabel || listed) {
    const from = phoneLabel ? phoneLabel.index + phoneLabel[0].length : 0;
    for (const m of text.slice(from).matchAll(/[\u4e00-\u9fa5]{2,4}(?=\s*[:：，,]?\s*(?:\d|[(（]\d|$))/g)) {
      if (PERSON.test(m[0]) && !UNIT_END.test(m[0]) && !/电话|手机|传真|邮箱|座机/.test(m[0]))
        names.push(located(m[0], index, from + m.index!, m[0]));
    }
    // `13787080110（艾超越）`: the person to call, in brackets after the number.
    for (const m of text.slice(from).matchAll(/\d\s*[（(]([\u4e00-\u9fa5]{2,4})[）)]/g))
      if (isPersonName(m[1]) && !UNIT_END.test(m[1])) names.push(located(m[1], index, from + m.index! + 2, m[1]));
  }
  // `…电话(06)295-1611…李小姐`, `王先生 138…`: a surname and a title beside a phone number name the contact.
  if (CONTACT_WORDS.test(text) && PHONE_NEARBY.test(text))
    for (const m of text.matchAll(TITLED_PERSON))
      if (isPersonName(m[1]) && !names.some((n) => n.value === m[1])) names.push(located(m[1], index, m.index!, m[1]));
  // `联系研究生学办韩老师（025-…）`: the person called, by surname and title, after the office, with a number.
  const called = /联系[\u4e00-\u9fa5]{0,12}?([\u4e00-\u9fa5](?:老师|同志|先生|女士))\s*[（(]?\s*\d/.exec(text);
  if (called && isTitledSurname(called[1]) && !names.some((n) => n.value === called[1]))
    names.push(located(called[1], index, called.index + called[0].indexOf(called[1]), called[1]));
  const askFor = /(?:请|可)?与([\u4e00-\u9fa5]{2,4}?)(?:同志|老师)?(?:联系|联络)/.exec(text);
  // `与模范集体联系` speaks of keeping in touch, not of whom to call: only a person's name is a contact.
  if (askFor && !UNIT_END.test(askFor[1]) && isPersonName(askFor[1]))
    names.push(located(askFor[1], index, askFor.index + askFor[0].indexOf(askFor[1]), askFor[1]));
  return names;
}

const NAME_AFTER_UNIT = /(?:部|处|科|室|办|局|委|中心|公司|学会|协会)([\u4e00-\u9fa5]{2,3})$/;

function namesAfterLabel(text: string, index: number, start: number): Located<string>[] {
  const tail = text.slice(start);
  const stop = tail.search(/[，,；;。（(]|联系电话|电话|手机|\d/);
  const part = stop < 0 ? tail : tail.slice(0, stop);
  const names: Located<string>[] = [];
  // `联系人：张 婧，电话…`: a two- or three-character name spaced out to line up with longer ones.
  const spaced = /^\s*([\u4e00-\u9fa5](?:[ \u3000]+[\u4e00-\u9fa5]){1,2})\s*$/.exec(part);
  if (spaced) {
    const name = spaced[1].replace(/[ \u3000]+/g, "");
    return [located(name, index, start + part.indexOf(spaced[1]), spaced[1])];
  }
  let offset = 0;
  for (const piece of part.split(/[、\s]+|和|及/)) {
    const at = part.indexOf(piece, offset);
    offset = at + piece.length;
    // `安老师` is how a contact is often named: the surname alone is too short to drop the title from.
    const bare = piece.replace(/(同志|老师|先生|女士)$/, "");
    // `中国仪器仪表学会学会工作部李靖`: the contact's unit written before the name.
    const person = bare.length > 5 ? NAME_AFTER_UNIT.exec(bare)?.[1] : undefined;
    const name = person ?? (bare.length >= 2 ? bare : piece);
    if (name.length >= 2 && name.length <= 12) names.push(located(name, index, start + at, name));
  }
  return names;
}
