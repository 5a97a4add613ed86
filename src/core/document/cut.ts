import { findDateMentions } from "../text/date-mentions";
import { removeSpaces } from "../text/width";

/** Where a text stops before its end: the last paragraph, and how it stops. */
export interface TextCut {
  paragraph: number;
  /** The last few characters, where the text breaks off. */
  start: number;
  end: number;
  how: "mid-sentence" | "mid-list" | "mid-date" | "特此";
}

/** A line under its label (`出席：张三、李四`, `联系人：…`): a list may end without a full stop. */
const LABELLED_LINE = /^\s*[\u4e00-\u9fa5]{2,8}\s*[:：]/;
/** `议定：1、成立…领导小组，由…任组长，…县发改委、财`: a label over sentences, which end with a full stop. */
const SENTENCE_LABEL = /^\s*(?:议定|决定|决议|会议(?:议定|决定|要求|认为|指出)|意见|要求)\s*[:：]/;
/** The wrapped line of a 出席 list: names and nothing else. */
const NAME_LIST = /^[\u4e00-\u9fa5\s]{2,6}(?:[、，,；;][\u4e00-\u9fa5\s]{2,6})+$/;
/** Punctuation a sentence or a list cannot end on, nor a time range (`14:30-`). */
const OPEN_END = /[，,、：:；;（(“‘《【—]$|\d\s*[-~～–]$/;
/** A year, or a year and month, alone on the last line: a 成文日期 cut short. */
const PARTIAL_DATE =
  /^(?:\d{4}|[〇零○一二三四五六七八九]{4})(?:\s*年(?:\s*\d{1,2}\s*月?|\s*[一二三四五六七八九十]{1,2}\s*月?)?)?$/;
const NUMBERED =
  /^\s*(?:\d{1,2}\s*[.．、]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[一二三四五六七八九十]+、)/;
/** A last line of a few characters after a finished sentence (`李`, `4.请全体`): the next sentence, cut. */
const STUB =
  /^\s*(?:(?:\d{1,2}\s*[.．、]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[一二三四五六七八九十]+、)\s*[\u4e00-\u9fa5]{1,6}|[\u4e00-\u9fa5]{1,3})$/;
/** How a 署名 ends: a short last line naming a body is the text's end, not a cut. */
const BODY_NAME_END = /(?:政府|委员会|办公室|办公厅|局|厅|委|部|院|校|学|中心|会|处|科|所|站|社|公司|组|办)$/;
/** A date begun and not finished at the very end: `…请于2023年`, `…于12月`, `…之前完成，10月31`. */
const DATE_BEGUN =
  /(?:(?:于|在|前|至|到)\s*(?:\d{4}\s*年|\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月)|[，,、]\s*\d{1,2}\s*月\s*\d{1,2})$/;
/** A list number with nothing after it: `…方法 (一)`, `1.`. */
const NUMBER_ONLY_END =
  /(?:^|\s)(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}、)\s*$/;
/** A request (`请…`, `（三）请各单位…`) of some length with no full stop anywhere in it. */
const REQUEST_BEGUN =
  /^\s*(?:(?:\d{1,2}\s*[.．、]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)])\s*)?请[^。；;！!？?]{10,}[\u4e00-\u9fa5]$/;
/** A sentence of a record that opens with the meeting deciding or requiring (`会议原则同意县`, `会议要求各`). */
const DECISION_BEGUN =
  /^\s*(?:会议|会上|本次会议)(?:还|原则|一致|研究)?(?:同意|通过|决定|要求|强调|指出|明确|议定|认为|听取|审议|责成)/;
/** Four to eight characters of a sentence, no mark in them: `逾期未报名`, `请各单位接通`. */
const SHORT_SENTENCE_BEGUN = /^\s*[\u4e00-\u9fa5]{4,8}$/;
/** Short lines that end a text whole: the closing words, a greeting, a label's word, a name list's head. */
const NOT_BEGUN =
  /^\s*(?:特此|此致|敬礼|谢谢|附件|以上|专此|顺颂|如无特殊|[\u4e00-\u9fa5]{0,6}(?:通知|公告|通告|纪要|名单|附表|回执|报名表))/;
/** A speaker's sentence with no mark in it: `李明在总结讲话中对`, `王强最后强调要`. */
const SPEECH_BEGUN =
  /^\s*[\u4e00-\u9fa5]{2,16}?(?:在[\u4e00-\u9fa5]{2,16}?中|在会上|最后)?(?:对|就|向|强调|指出|要求|表示|希望)[\u4e00-\u9fa5]*$/;
/** A numbered heading with nothing under it (`四、联系方式`), not an omitted item (`五、略`). */
const BARE_HEADING =
  /^\s*(?:[一二三四五六七八九十]+、|[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]+[）)])\s*[^。，,；;：:]{1,14}$/;
/** Any list item's number or letter: `1.`, `（二）`, `C.`, `壹、`, `- `. */
const LIST_ITEM =
  /^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[一二三四五六七八九十]+、|[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3}\s*[、.．]|[A-Za-z]\s*[.．、](?![A-Za-z])|[（(]\s*(?:[ivx]{1,4}|[a-z])\s*[）)]|[-•·]\s)/;
/** The first item of a list: `1.`, `（一）`, `（1）`, `A.`. */
const FIRST_ITEM = /^\s*(?:1\s*[.．、](?!\d)|[（(]\s*[1一]\s*[）)]|[Aa]\s*[.．、])/;
/** What a finished paragraph ends on. */
const CLOSED = /[。！？!?；;…”’）)》」』.．]$/;

/**
 * Whether the text breaks off (RULES.md §6, `document/incomplete`): it ends in 特此 without 通知, on a comma or
 * a colon, on a heading with nothing under it, or inside a sentence (a clause with a comma and no full stop
 * after the last sentence). A closing line — a 署名, a date, a labelled list — ends a text, and so do digits.
 */
export function findCut(paragraphs: string[]): TextCut | null {
  let i = paragraphs.length - 1;
  while (i >= 0 && paragraphs[i].trim() === "") i--;
  if (i < 0) return null;
  const text = paragraphs[i].replace(/\s+$/, "");
  const previous = (paragraphs[i - 1] ?? "").replace(/\s+$/, "");
  const at = (how: TextCut["how"]): TextCut => ({
    paragraph: i,
    start: Math.max(0, text.length - 6),
    end: text.length,
    how,
  });
  if (/特此$/.test(text)) return at("特此");
  // A character broken at the very end (`…议�`) is never how a text ends.
  if (/\uFFFD$/.test(text)) return at(LIST_ITEM.test(text) ? "mid-list" : "mid-sentence");
  if (OPEN_END.test(text)) return at(/[:：、；;]$/.test(text) ? "mid-list" : "mid-sentence");
  // `…听取了区财政局《关于2023年预算调整方案`: a title or a quotation opened and never closed.
  if (unclosed(text)) return at("mid-sentence");
  if (BARE_HEADING.test(text) && !/略/.test(text) && i > 2) return at("mid-list");
  // `2022` or `2022年3月` where the 成文日期 should stand whole; `…请于2023年` where a date was being written.
  if (PARTIAL_DATE.test(text.trim()) || DATE_BEGUN.test(text) || dateWithoutItsVerb(text)) return at("mid-date");
  // `3、…；` over `4`: the next item's number, and the text stops before even its mark.
  const bare = /^\s*(\d{1,2})\s*$/.exec(text);
  if (bare && new RegExp(`^\\s*${Number(bare[1]) - 1}\\s*[、.．]`).test(previous)) return at("mid-list");
  // `五、填报…要求(见附表)` over `1`: the heading's list begun, and nothing after its first number.
  if (bare?.[1] === "1" && /^\s*[一二三四五六七八九十]+、/.test(previous) && !/[。；;]$/.test(previous))
    return at("mid-list");
  // `…方法 (一)`, `1.`: a list item begun and nothing written after its number.
  if (NUMBER_ONLY_END.test(text) && !/^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]?\s*$/.test(paragraphs[i - 1] ?? ""))
    return at("mid-list");
  if (
    i > 0 &&
    STUB.test(text) &&
    !/略/.test(text) &&
    /[。；;！!:：]\s*$/.test(paragraphs[i - 1] ?? "") &&
    !BODY_NAME_END.test(text)
  )
    return at(NUMBERED.test(text) ? "mid-list" : "mid-sentence");
  // `会议原则同意县` after a finished sentence: the record's next decision begun and never ended.
  if (
    DECISION_BEGUN.test(text) &&
    removeSpaces(text).length <= 16 &&
    !/[。；;！!？?，,]/.test(text) &&
    /[。；;！!]\s*$/.test(previous) &&
    !endsWithDate(text)
  )
    return at("mid-sentence");
  // `光泉法师在闭幕讲话中对杭州佛`: what a speaker said begun after a finished sentence, and never ended.
  if (
    SPEECH_BEGUN.test(text) &&
    removeSpaces(text).length >= 8 &&
    /[。；;！!]\s*$/.test(previous) &&
    !BODY_NAME_END.test(text)
  )
    return at("mid-sentence");
  // `逾期未报名` after a finished sentence, `请各单位接通` under the phone line: a sentence begun and never ended.
  if (
    i > 0 &&
    SHORT_SENTENCE_BEGUN.test(text) &&
    (/[。；;！!]\s*$/.test(previous) || (/^\s*请/.test(text) && LABELLED_LINE.test(removeSpaces(previous)))) &&
    !BODY_NAME_END.test(text) &&
    !NOT_BEGUN.test(text)
  )
    return at("mid-sentence");
  // `请于9月13日前通过电子邮件提交以上材料的电子`: a request begun after a finished sentence and never ended.
  if (REQUEST_BEGUN.test(text) && /[。；;！!]\s*$/.test(paragraphs[i - 1] ?? "") && !BODY_NAME_END.test(text))
    return at("mid-sentence");
  // `1.县委、政府主要领导；各乡镇…` / `C. 水果盛`: a list item with no end, the last thing in the text.
  if (
    LIST_ITEM.test(text) &&
    !CLOSED.test(text) &&
    !/略/.test(text) &&
    !LABELLED_LINE.test(text.replace(LIST_ITEM, "")) &&
    /[\u4e00-\u9fa5A-Za-z]$/.test(text)
  )
    // `（一）参会人员须提前到会，不得代` stops inside its sentence; `1.县委、政府主要领导` inside the list.
    return at(/[，,]/.test(text) ? "mid-sentence" : "mid-list");
  // `三、参加会议人员：` over `1.县委…。` and nothing more: a list that stops at its first item.
  if (FIRST_ITEM.test(text) && /[:：]$/.test(previous)) return at("mid-list");
  // `…以奖励志工` over `平时辛`: a line wrapped inside a sentence and the text stopping on the next one.
  if (
    i > 0 &&
    removeSpaces(previous).length >= 15 &&
    /[\u4e00-\u9fa5]$/.test(previous) &&
    /[，,、]/.test(previous.replace(LIST_ITEM, "")) &&
    !LABELLED_LINE.test(previous) &&
    !/[\d:：]/.test(text) &&
    !CLOSED.test(text) &&
    /[\u4e00-\u9fa5]$/.test(text) &&
    removeSpaces(text).length <= 12 &&
    !BODY_NAME_END.test(text) &&
    !endsWithDate(previous) &&
    !endsWithDate(text)
  )
    return at("mid-sentence");
  if (
    (LABELLED_LINE.test(text.replace(LIST_ITEM, "")) && !SENTENCE_LABEL.test(text)) ||
    NAME_LIST.test(text) ||
    !/[\u4e00-\u9fa5A-Za-z]$/.test(withoutAside(text)) ||
    endsWithDate(text)
  )
    return null;
  // An English sentence ends on `.`: `…Primary Division. Each attending family will receive one ballot paper for vote o`.
  const latin = /[a-z]$/.test(text);
  const tail = text.slice(text.search(latin ? /[^。！？!?.]*$/ : /[^。！？!?]*$/)).trim();
  if (tail.length >= 12 && /[，,、；;]/.test(tail)) return at("mid-sentence");
  // Prose that stops without its full stop (`…会议指出`, `…提交以上材料的电子`), unless what follows the last
  // sentence is a 署名 set apart by a space (`…为要。 宁波市农业局`).
  const prose =
    text.length >= 20 &&
    (latin ? /[。！？!?；;，,.]/ : /[。！？!?；;，,]/).test(text.slice(0, text.length - tail.length));
  const signed = /\s/.test(text.slice(text.length - tail.length - 1, text.length - tail.length)) && tail.length <= 25;
  return prose && tail.length >= 2 && !signed ? at("mid-sentence") : null;
}

/** `…请各单位于9月27日(星期四)18:00`: a time after 于 is when something is to happen, and the text stops before what. */
function dateWithoutItsVerb(text: string): boolean {
  const last = findDateMentions(text).at(-1);
  if (!last || !/^[\s（()）星期周一二三四五六日天]*(?:\d{1,2}\s*[:：]\s*\d{2})?[\s）)]*$/.test(text.slice(last.end)))
    return false;
  return /(?:^|[^关属对])于\s*$/.test(text.slice(0, last.start)) && !LABELLED_LINE.test(text);
}

/** `…将本地(含所辖县)`: the words before an aside that closes the line, where the sentence stopped. */
function withoutAside(text: string): string {
  return text.replace(/[（(][^（）()]{1,20}[)）]\s*$/, "");
}

function endsWithDate(text: string): boolean {
  const last = findDateMentions(text).at(-1);
  return !!last && text.slice(last.end).trim() === "";
}

/** A 《 or “ opened after the last one closed, and the text stops without ending its sentence. */
function unclosed(text: string): boolean {
  if (/[。！？!?；;]$/.test(text)) return false;
  return [
    ["《", "》"],
    ["“", "”"],
    ["（", "）"],
    ["(", ")"],
  ].some(([open, close]) => text.lastIndexOf(open) > text.lastIndexOf(close));
}
