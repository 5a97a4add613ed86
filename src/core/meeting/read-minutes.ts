import { type Located, located } from "../document/span";
import { isNumbered, readLabel } from "../document/sections";
import { type DateMention, findDateMentions } from "../text/date-mentions";
import { removeSpaces } from "../text/width";
import { findCut } from "../document/cut";
import { withoutIssueNumber } from "../document/kind";
import { placePrecision } from "./place-precision";
import { readClosing } from "./read-common";
import { type Decision, opensDecision, readDecisions } from "./read-decisions";

export type { Decision };

export interface MinutesFacts {
  paragraphs: string[];
  title?: Located<string>;
  number?: Located<string>;
  meetingDate?: Located<DateMention>;
  /** The day as written where it is no date (`2025年1127日`, `628日`): the time is given, if garbled. */
  meetingDayText?: Located<string>;
  place?: Located<string>;
  chair?: Located<string>;
  decisions: Decision[];
  personnel: Located<string>[];
  present?: Located<string[]>;
  /** Attendance written in a sentence (`县领导…参加会议`), where there is no 出席 list. */
  presentInText?: Located<string>;
  leave?: Located<string[]>;
  attending?: Located<string[]>;
  distribution?: Located<string>;
  issueDate?: Located<DateMention>;
  /** The sentence that says the meeting was held (`日前，周巷镇召开…动员会`): a record's structure, whatever it leaves out. */
  held?: Located<string>;
  body: [number, number];
}

/** Attendance written in a sentence rather than under a 出席 label, each way records were seen to write it. */
const ATTENDED = new RegExp(
  [
    // `县领导…参加会议`, `…参加了培训班`, `…出席座谈`
    "(?:参加|出席|参与)(?:了)?(?:此次|本次|[两二三四五六七八九十]次)?(?:会议|相关议题|培训班|培训|学习|座谈|活动|大会)",
    // `县委副书记陈鸿志出席并讲话`
    "出席并(?:讲话|致辞|作)",
    // `参会人员主要有…`, `参会的有…`, `与会人员为…`
    "参会人员(?:主要)?(?:有|为|包括)",
    "(?:参会|参加会议|出席会议|与会)的?(?:人员)?有",
    "与会人员(?:为|包括)",
    // `应到代表136 人，因事请假11人，实到代表125人`
    "应到[^。；;]{0,30}?实到",
    // `20名执委参会`, `各职工代表到席参加`
    "[\\d一二三四五六七八九十百]+名[\\u4e00-\\u9fa5]{1,8}?(?:参会|到会|到席|参加会议|出席会议)",
    "到席参加",
    // `主持召开了由城管科全体人员…参加的…会议`, `召开全体机关干部会议`
    "由[^。；;]{2,60}?参加的[^。；;]{0,30}?会议",
    "召开(?:了)?全体[\\u4e00-\\u9fa5]{0,8}?(?:干部|职工|人员|党员|委员|执委)(?:大)?会(?:议)?",
    // `…负责人等20人参会。`, `…全体人员在主会场参会。`, `区领导…参加。`
    "(?:人员|干部|同志|负责人)(?:等)?(?:[\\d一二三四五六七八九十余多]+人)?(?:在[^。；;，,]{1,10}?)?参会[，,。；;]",
    "(?:参加|出席)[。；;]",
    // `…组织全体干部职工召开了…会`
    "组织(?!召开|举行|开展|学习)[^。；;]{2,80}?(?:负责人|负责同志|干部|职工|人员|代表|委员|成员|单位|企业|部门)[^。；;]{0,6}?[，,]?\\s*(?:召开|举行)了",
    // `县发改委、县财政局、县住建局等三家单位在…召开`
    "(?:[\\u4e00-\\u9fa5]{2,10}、){2,}[\\u4e00-\\u9fa5]{2,10}(?:[等]?[两二三四五六七八九十]家)(?:单位)?[^。；;，,]{0,8}[，,]?在[^。；;，,]{2,20}?(?:召开|举行)",
  ].join("|"),
);
/**
 * Words that say a meeting was held: `召开`, `主持`, and `…就当前政协工作进行座谈`, `…齐聚一堂，共话发展` (a 座谈会, a 会商,
 * a 集中学习 is held too).
 */
const HELD = /召开|举行|举办|主持|齐聚一堂|(?:进行|开展|举行)(?:了)?(?:座谈|会商|集中学习|专题学习|研讨)/;
/** A sentence about a meeting still to come (`会议决定：于12月26日在定城召开…`). */
const STILL_TO_COME = /决定|将于|拟于|定于|即将|将在/;
/** `会议在线进行`, `以视频会议形式召开`: a meeting held online sat nowhere else. */
const ONLINE =
  /(?:在线|线上|网络|视频(?:会议)?(?:形式|方式)?)(?:进行|召开|举行)|以(?:线上|视频|网络)(?:会议)?(?:形式|方式)/;
/** A day that is written but is no date: `2025年1127日`, `2022年33日`, `628日,区长…`, `3-24,县长…`. */
const GARBLED_DAY = /^\s*(?:\d{4}年?)?\d{1,4}日|^\s*\d{1,2}\s*[-－]\s*\d{1,2}(?=\s*[，,]|(?:上午|下午|晚上))/;
const PERSONNEL =
  /任免|任命|免去|免职|拟任|聘任|聘请[^。；;，,]{1,12}?为[^。；;，,]{0,12}?(?:主任|会长|主席|委员|组长|秘书长)|人事事项|人事变更|(?:书记|主任|长|委员|干部|职务)人选|提名[^。；]{0,30}?(?:为|任)|(?:替补|增补|增选|补选|更换|选举(?:产生)?(?:了)?(?!办法|规则|程序|方案|结果|工作|委员会))[^。；;]{0,40}?(?:委员|理事|执委|常委|主席|秘书长|会长|书记)|当选(?:为)?[^。；，,]{0,20}?(?:委员|理事|主席|秘书长|会长|书记|主任)|[^。；，,]{2,8}任(?:常务)?(?:副)?(?:会长|秘书长|主席)[；;，,。]/;
const ATTENDANCE_LABELS = { present: /^(?:出席|参|应出席|实到|与会)/, leave: /^请假/, attending: /^列席/ } as const;

export function readMinutes(paragraphs: string[]): MinutesFacts {
  const facts: MinutesFacts = { paragraphs, decisions: [], personnel: [], body: [0, paragraphs.length] };
  let bodyStart = 0;
  for (let i = 0; i < Math.min(paragraphs.length, 8); i++) {
    const text = paragraphs[i].trim();
    if (text === "") continue;
    // The body has begun: a date further down is the 落款's, not the 版头's (`…纪要` / `…于2011年1月21日在花都召开。` /
    // … / `二○一一年一月二十一日`).
    if (facts.title && bodyStart <= i - 1 && /[。；;]/.test(paragraphs[i - 1] ?? "")) break;
    if (!facts.title && /(?:纪要|会议记录|会议纪录)$/.test(withoutIssueNumber(text))) {
      facts.title = at(paragraphs, i, text);
      bodyStart = i + 1;
    } else if (
      facts.title &&
      !facts.number &&
      /^(?:第\s*\d+\s*期|.*[〔[（(]\s*\d{4}\s*[〕\]）)]\s*\d+\s*号)$/.test(text)
    ) {
      facts.number = at(paragraphs, i, text);
      bodyStart = i + 1;
    } else if (!facts.issueDate && !/[:：]/.test(text) && (facts.title || /\S\s{2,}\S/.test(text))) {
      // `时间：2012年9月4日` under the title is the meeting's time, not the minutes' date.
      const mention = findDateMentions(text).at(-1);
      if (mention && mention.year !== null && text.endsWith(mention.text) && removeSpaces(text).length <= 40) {
        const offset = paragraphs[i].indexOf(text);
        facts.issueDate = located(
          { ...mention, start: mention.start + offset, end: mention.end + offset },
          i,
          mention.start + offset,
          mention.text,
        );
        bodyStart = i + 1;
      }
    }
  }
  let end = paragraphs.length;
  const closing = readClosing(paragraphs, bodyStart);
  for (let i = bodyStart; i < paragraphs.length; i++) {
    const labelled = readLabel(paragraphs[i], [
      "出席",
      "出席人员",
      "出席领导",
      "参会",
      "参会人员",
      "参加人员",
      "与会人员",
      "应出席人员",
      "应出席",
      "实到人数",
      "实到",
      "请假",
      "请假人员",
      "列席",
      "列席人员",
      "分送",
      "抄送",
      "发送",
      "报送",
      "本期发",
      "本期送",
    ]);
    if (!labelled) continue;
    // 出席/列席 written at the top, under the opening sentence, with the decisions below: the body goes on.
    if (!paragraphs.slice(i + 1, closing.start).some(opensDecision)) end = Math.min(end, i);
    const key = (Object.keys(ATTENDANCE_LABELS) as (keyof typeof ATTENDANCE_LABELS)[]).find((k) =>
      ATTENDANCE_LABELS[k].test(labelled.label),
    );
    if (key) facts[key] = located(splitNames(labelled.value), i, labelled.valueStart, labelled.value);
    else facts.distribution = located(labelled.value, i, labelled.valueStart, labelled.value);
  }
  if (closing.issueDate) {
    facts.issueDate ??= closing.issueDate;
    end = Math.min(end, closing.start);
  }
  facts.body = [bodyStart, end];
  readIntro(paragraphs, facts);
  // A decision the text breaks off inside is not all there: its owner and deadline may be in the missing part.
  const cut = findCut(paragraphs);
  facts.decisions = readDecisions(paragraphs, facts.body).filter((d) => !cut || d.last < cut.paragraph);
  // Personnel matters once per paragraph (RULES.md §7), as a decision is: `表决通过了人事免职和任职事项，…颁发了任命书`
  // is one matter said in several words.
  for (let i = bodyStart; i < end; i++) {
    const m = PERSONNEL.exec(paragraphs[i]);
    if (m) facts.personnel.push(located(m[0], i, m.index, m[0]));
  }
  return facts;
}

/**
 * The day in the sentence that says the meeting was held, before its verb (`4月13日，…召开…`); not a day further on or
 * in a title (`学习了7月15日《人民日报》刊登的《…会议在京举行》`).
 */
function heldOn(paragraph: string): DateMention | undefined {
  const words = paragraph.replace(/《[^》]*》/g, (title) => "　".repeat(title.length));
  let from = 0;
  for (const sentence of words.split(/(?<=[。；;！!])/)) {
    const verb = sentence.search(HELD);
    const to = from + sentence.length;
    if (verb < 0) {
      from = to;
      continue;
    }
    const inSentence = findDateMentions(paragraph).filter(
      (d) => d.start >= from && d.start < to && words[d.start] !== "　",
    );
    return inSentence.find((d) => d.start < from + verb) ?? inSentence[0];
  }
  return undefined;
}

function at(paragraphs: string[], i: number, text: string): Located<string> {
  return located(text, i, paragraphs[i].indexOf(text), text);
}

export function splitNames(value: string): string[] {
  return value
    .replace(/[（(][^）)]*[）)]/g, "")
    .split(/[、，,；;\s]+/)
    .map((name) => name.replace(/[。.]$/, "").trim())
    .filter((name) => name !== "" && name !== "无");
}

/** `2026年12月3日上午，副县长王建国在县政府三楼第一会议室主持召开…`, or labelled lines. */
function readIntro(paragraphs: string[], facts: MinutesFacts): void {
  const [from, to] = facts.body;
  for (let i = from; i < to; i++) {
    const text = paragraphs[i];
    const labelled = readLabel(text, [
      "会议时间",
      "时间",
      "会议日期",
      "日期",
      "会议地点",
      "地点",
      "主持人",
      "主持",
      "会议主持",
      "主席",
    ]);
    if (labelled) {
      if (/时间|日期/.test(labelled.label) && !facts.meetingDate) {
        const m = findDateMentions(labelled.value)[0];
        if (m)
          facts.meetingDate = located(
            { ...m, start: m.start + labelled.valueStart, end: m.end + labelled.valueStart },
            i,
            m.start + labelled.valueStart,
            m.text,
          );
        // `時間:民國1061021(星期六)上午9`: a day under its label, garbled in copying, is given all the same.
        else if (/\d{3,}/.test(labelled.value))
          facts.meetingDayText ??= located(labelled.value, i, labelled.valueStart, labelled.value);
      } else if (/地点/.test(labelled.label) && labelled.value)
        facts.place ??= located(labelled.value, i, labelled.valueStart, labelled.value);
      else if (/地点/.test(labelled.label) && valueBelow(paragraphs[i + 1]))
        // `二、地点：` over `华兴小学图书馆`: the value on the line below its label.
        facts.place ??= located(
          paragraphs[i + 1].trim(),
          i + 1,
          paragraphs[i + 1].indexOf(paragraphs[i + 1].trim()),
          paragraphs[i + 1].trim(),
        );
      else if (/主持|主席/.test(labelled.label) && labelled.value)
        facts.chair ??= located(labelled.value, i, labelled.valueStart, labelled.value);
      continue;
    }
    // `（主持人：黄德宝 汇报人：郭媛媛）` under an item.
    const bracketed =
      /[（(]\s*主持人?\s*[:：]\s*([\u4e00-\u9fa5、\s]{2,20}?)(?:\s+[\u4e00-\u9fa5]{2,4}人[:：]|[）)])/.exec(text);
    if (bracketed)
      facts.chair ??= located(
        bracketed[1].trim(),
        i,
        text.indexOf(bracketed[1].trim(), bracketed.index),
        bracketed[1].trim(),
      );
    const online = ONLINE.exec(text);
    if (online) facts.place ??= located(online[0], i, online.index, online[0]);
    const attended = ATTENDED.exec(text);
    if (attended) facts.presentInText ??= located(attended[0], i, attended.index, attended[0]);
    // `市住建局组织召开…布置会` over `3月2日，市住建局组织参加…`: the title says it was held, the body's first words when.
    const headline = facts.held?.at.paragraph === i - 1 && !/[。；;]/.test(paragraphs[i - 1]);
    const opening = headline ? findDateMentions(text)[0] : undefined;
    if (!facts.meetingDate && opening && text.slice(0, opening.start).trim() === "")
      facts.meetingDate = located(opening, i, opening.start, opening.text);
    if (!HELD.test(text)) continue;
    facts.held ??= located(text.trim(), i, text.indexOf(text.trim()), text.trim());
    if (!facts.meetingDate) {
      const m = heldOn(text);
      if (m) facts.meetingDate = located(m, i, m.start, m.text);
      const day = GARBLED_DAY.exec(text);
      if (!m && day) facts.meetingDayText ??= located(day[0].trim(), i, day.index, day[0].trim());
    }
    // `会议决定：于12月26日在定城召开…`: a meeting decided on, still to come, is not where this one sat.
    const held = text.replace(/[^。；;]+/g, (s) => (STILL_TO_COME.test(s) ? " ".repeat(s.length) : s));
    const place =
      /在([^，,。；;]{2,40}?|[京沪津渝穗榕蓉邕])(?:主持)?(?:召开|举行|开会)/.exec(held) ??
      /在([^，,。；;]{2,40}?(?:室|厅|楼|馆|堂|宾馆|酒店|饭店|会场|中心))[，,]/.exec(held);
    if (place && placeLike(place[1]) && heldHere(held, place.index, place[0].length, place[1]))
      facts.place ??= located(place[1], i, place.index + 1, place[1]);
    const chairedBy = /会议由([\u4e00-\u9fa5、]{2,30}?)(?:同志)?主持/.exec(text);
    if (chairedBy) facts.chair ??= located(chairedBy[1], i, chairedBy.index + 3, chairedBy[1]);
    const who = chairBefore(text);
    if (who) facts.chair ??= located(who.name, i, who.start, who.name);
    // `郑国光同志在地震局机关召开专题会议`: who convenes the meeting in person chairs it (an office that 组织召开 does not).
    const convener = /([\u4e00-\u9fa5]{2,4}同志)在[^，,。；;]{2,30}?召开/.exec(text);
    if (convener) facts.chair ??= located(convener[1], i, convener.index, convener[1]);
    if (facts.meetingDate && facts.place && facts.chair && facts.presentInText) return;
  }
}

/** A short line that is a value, not a label, item or sentence of its own. */
function valueBelow(paragraph: string | undefined): boolean {
  const text = paragraph?.trim() ?? "";
  return text.length >= 2 && text.length <= 40 && !/[:：。]/.test(text) && !isNumbered(text);
}

/**
 * The person right before 主持: `…在交通局二楼会议室交通局副局长卢俊泉同志主持召开了…` gives 交通局副局长卢俊泉, without
 * the date and the place written before them.
 */
function chairBefore(text: string): { name: string; start: number } | null {
  const at = text.search(/(?:同志)?主持(?!人)/);
  if (at < 0) return null;
  const before = text.slice(0, at);
  const clause = before.slice(before.search(/[^，,。；;：:\s]*$/));
  const name = clause
    .replace(/^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?/, "")
    .replace(/^在[^，,。；;]*(?:室|厅|楼|馆|堂|中心|宾馆|酒店|会场)/, "")
    .replace(/^由/, "")
    .trim();
  if (name.length < 2 || name.length > 30 || /^(?:会议|并|后|会上)$/.test(name)) return null;
  return { name, start: at - name.length };
}

/**
 * `…主场活动在我县举行，是…`: a place is the meeting's only where its clause speaks of the meeting or its chair, not
 * of an event the meeting prepares.
 */
function heldHere(text: string, at: number, length: number, place: string): boolean {
  const start = text.slice(0, at).search(/[^，,。；;]*$/);
  const end = text.slice(at + length).search(/[，,。；;]|$/);
  const clause = text.slice(start, at + length + end).replace(place, "");
  return /会|主持/.test(clause);
}

/**
 * `在县委常委会议室`, `在芜湖`, `在南宁`, `在京`: a place; `在“十三五”收官的关键节点召开` is a moment, `在会上` or `在线上`
 * no place.
 */
function placeLike(text: string): boolean {
  if (/[“”"的]/.test(text)) return false;
  // `在市委统战部召开`: an office, where its own meeting sits.
  if (placePrecision(text) >= 1 || /(?:省|市|县|区|镇|乡|村|州|机关|本部|总部|部|局|委|办|厅|政府|党校)$/.test(text))
    return true;
  return (
    /^(?:[\u4e00-\u9fa5]{2,4}|[京沪津渝穗榕蓉邕])$/.test(text) &&
    !/会上|此|线上|网上|这里|期间|近日|本周|今天|[上下]午/.test(text)
  );
}
