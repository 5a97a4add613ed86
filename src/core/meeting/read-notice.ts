import { type Located, located } from "../document/span";
import { isNumbered, numberingOf, readLabel } from "../document/sections";
import { type DateMention, findDateMentions, findRelativeDates } from "../text/date-mentions";
import { COMES_OR_GOES } from "./coming-and-going";
import { readDeferral, saysLater } from "./notice-deferral";
import { placePrecision } from "./place-precision";
import { findContactNames, findPhones, readClosing } from "./read-common";

/** What a notice says, each part with where it says it. */
export interface NoticeFacts {
  paragraphs: string[];
  secrecy?: Located<string>;
  /** 份号: six digits alone on a line at the top. */
  copyNumber?: Located<string>;
  issuerMark?: Located<string>;
  docNumber?: Located<string>;
  title?: Located<string>;
  recipients?: Located<string>;
  meetingName?: Located<string>;
  /** The meeting's date (and time), as written: under its label, else in the sentence that arranges it. */
  meetingDate?: Located<DateMention>;
  /** The date in the sentence that arranges the meeting (`定于12月3日召开`), even where a label gives it again. */
  arrangedDate?: Located<DateMention>;
  /** Where the meeting time is spoken of, even without a readable date (`明天上午`). */
  meetingTimeText?: Located<string>;
  /** Where the notice says its time (and place) will be told later: they are missing even in a text cut short. */
  deferred?: Located<string>;
  /** Who comes is said to be told later (`参加人员：另行通知`): missing even in a text cut short. */
  attendeesDeferred?: boolean;
  place?: Located<string>;
  attendees?: Located<string>;
  agenda?: Located<string>;
  contacts: Located<string>[];
  phones: Located<string>[];
  replyDeadline?: Located<DateMention>;
  attachments: Located<string>[];
  signature?: Located<string>;
  issueDate?: Located<DateMention>;
  /** A 成文日期 written but garbled or cut (`年8月21日`): given, though no date can be read from it. */
  issueDateText?: Located<string>;
  /** Words that make the meeting 涉密. */
  classified?: Located<string>;
  /** 短信 / 微信 named as a way the notice goes out. */
  channels: Located<string>[];
  /** Paragraphs of the body (after 主送机关, before 署名): [start, end). */
  body: [number, number];
}

const LABELS = {
  name: ["会议名称", "活动名称", "培训名称", "听证事项", "听证会名称"],
  timePlace: [
    "会议时间和地点",
    "会议时间、地点",
    "会议时间及地点",
    "时间和地点",
    "时间、地点",
    "时间地点",
    "时间及地点",
    "会议时间地点",
    "培训时间和地点",
    "培训时间、地点",
    "活动时间和地点",
  ],
  time: [
    "会议时间",
    "时间",
    "日期",
    "日期时间",
    "日期及时间",
    "开会时间",
    "召开时间",
    "会议日期",
    "培训时间",
    "活动时间",
    "举办时间",
    "开班时间",
  ],
  place: ["会议地点", "地点", "开会地点", "会议地址", "培训地点", "活动地点", "举办地点", "会场安排"],
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
    "出席对象",
    "培训对象",
    "参训对象",
    "参训人员",
    "参加对象",
    "邀请对象",
    "参会人员范围",
    "参加会议人员",
    "参加会议对象",
    "出席会议人员",
    "对象",
    "与会对象",
    "参会代表",
    "会议对象",
    "出席会议对象",
    "会议参加对象",
    "会议参加人员",
    "会议出席对象",
    "旁听对象",
    "旁听人员",
    "旁听报名资格",
    "旁听条件",
    "报名条件",
    "报名资格",
  ],
  agenda: [
    "会议议程",
    "议程",
    "会议内容",
    "主要内容",
    "会议主要内容",
    "会议议题",
    "议题",
    "会议安排",
    "主要议程",
    "主要议题",
    "会议主题",
    "主题",
    "培训内容",
    "活动内容",
    "会议内容及议程",
    "日程安排",
    "会议日程",
    "会议建议议程",
    "建议议程",
    "会议主要议程",
    "事由",
    "主旨",
    "公听会事由",
    "听证会事由",
  ],
  requirements: ["有关要求", "会议要求", "工作要求", "注意事项", "其他事项", "相关要求", "有关事项"],
  checkIn: [
    "报到时间",
    "报到地点",
    "报到时间和地点",
    "报到时间及地点",
    "报到",
    "签到时间和地点",
    "签到时间",
    "签到地点",
  ],
  reply: ["回执", "报名", "报名方式", "报名要求"],
  contact: [
    "联系人",
    "联系方式",
    "联系电话",
    "联系人及电话",
    "会务联系人",
    "联系人及联系方式",
    "会议联系人",
    "联络人",
    "工作联系",
    "会务联系",
  ],
  channel: ["发送方式", "通知方式"],
} as const;
type Section = keyof typeof LABELS;
const ALL_LABELS = Object.values(LABELS).flat();

/** `县政办发〔2026〕12号`, `（县政办发〔2026〕12号）`, and `〔2011〕80号` alone where the issuer's code was lost in copying. */
const DOC_NUMBER =
  /^[（(]?[\u4e00-\u9fa5A-Za-z]{0,20}\s*[〔[（(【［﹝]\s*\d{4}\s*[〕\]）)】］﹞]\s*第?\s*\d+\s*号[）)]?$/;
const SECRECY = /^(?:\d{6}\s*)?(秘密|机密|绝密)(?:\s*★.*)?$/;
const CLASSIFIED_WORDS = /涉密会议|会议(?:属于|内容)?涉密|密级[:：]?\s*(?:秘密|机密|绝密)|(?:秘密|机密|绝密)级会议/;
const CHANNEL_WORDS =
  /(?:通过|以|用|经|采用)?\s*(短信|微信|QQ|钉钉)(?:群)?(?:的)?(?:方式|形式)?(?:通知|发送|发布|告知|转发|下发|送达)|(?:发送|通知)方式\s*[:：]\s*(短信|微信)/g;
/** `定于…召开`, `将于…举行`, `会议于2008年1月14日至17日在市区举行`: the meeting arranged in a sentence. */
const ARRANGED =
  /(?:兹|现)?(?:定|决定|拟|将|拟定|订)于|于(?=\s*(?:\d{4}年|\d{1,2}月|元月|[〇○O零一二三四五六七八九十]{2,4}年|[一二三四五六七八九十]{1,2}月))|(?<=[会议])(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；;]{0,8}?(?:召开|举行|举办|开幕)(?!以来|后|的|了))/;
const ARRANGED_ALL = new RegExp(ARRANGED.source, "g");
/** What a recipients line is not: a sentence of the body (`经研究，…现将有关事宜通知如下：`). */
const SENTENCE = /[。]|如下\s*[:：]$|^(?:为|经|根据|按照|现将|兹)/;

/** `【會議地點】台南市議會一樓簡報室`: a label in lenticular brackets, read as `會議地點：` (same length, same offsets). */
const BRACKETED_LABEL = /^(\s*)【\s*([^】]{1,10}?)\s*】/;

export function readNotice(written: string[]): NoticeFacts {
  const paragraphs = written.map((p) =>
    p.replace(BRACKETED_LABEL, (whole, space: string, label: string) =>
      `${space} ${label}：`.padEnd(whole.length, " "),
    ),
  );
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
    // The head ends where the body begins: a sentence (`…通知如下：`) or a labelled section.
    if (text.length > 80 || /[。，,]/.test(text) || readLabel(text, ALL_LABELS)) break;
    if (!facts.copyNumber && /^\d{6}$/.test(text)) facts.copyNumber = at(paragraphs, i, text);
    else if (!facts.secrecy && SECRECY.test(text)) facts.secrecy = at(paragraphs, i, text);
    else if (!facts.docNumber && DOC_NUMBER.test(text)) facts.docNumber = at(paragraphs, i, text);
    else if (!facts.title && /(?:通知|公告|通告|的函)$/.test(text) && !/^(?:特此|此)(?:通知|公告|通告)$/.test(text)) {
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
    if (/[:：]$/.test(text) && text.length <= 120 && !readLabel(text, ALL_LABELS) && !SENTENCE.test(text)) {
      facts.recipients = at(paragraphs, i, text);
      bodyStart = i + 1;
    }
    break;
  }
  const closing = readClosing(paragraphs, bodyStart);
  facts.signature = closing.signature;
  facts.issueDate = closing.issueDate;
  facts.issueDateText = closing.issueDateText;
  facts.body = [bodyStart, closing.start];

  const sections = readSections(paragraphs, bodyStart, closing.start);

  const nameSection = sections.name?.[0];
  if (nameSection) facts.meetingName = nameSection;
  facts.meetingName ??= nameFromTitle(facts.title);
  const timeSection = sections.time?.[0];
  if (timeSection) {
    facts.meetingTimeText = timeSection;
    const mention = meetingDayIn(paragraphs[timeSection.at.paragraph].slice(timeSection.at.start));
    if (mention) facts.meetingDate = shift(mention, timeSection.at.paragraph, timeSection.at.start);
  }
  // `二、听证会举行的时间、地点` over `…具体时间、地点将于第二号公告中明确`: a heading whose answer is still to come.
  const timePlace = sections.timePlace?.find((value) => !saysLater(value.value));
  if (timePlace) {
    facts.meetingTimeText ??= timePlace;
    if (!facts.meetingDate) {
      const mention = meetingDayIn(paragraphs[timePlace.at.paragraph].slice(timePlace.at.start));
      if (mention) facts.meetingDate = shift(mention, timePlace.at.paragraph, timePlace.at.start);
    }
  }
  const checkIn = sections.checkIn?.[0];
  if (sections.place?.[0]) facts.place = sections.place[0];
  else if (timePlace) facts.place = inlinePlace(paragraphs, timePlace) ?? placeBesideTime(paragraphs, timePlace);
  if (sections.attendees?.[0]) facts.attendees = sections.attendees[0];
  if (sections.agenda?.[0]) facts.agenda = sections.agenda[0];
  readMatter(paragraphs, facts);
  readArrangedSentence(paragraphs, facts);
  // Only a 报到 time and place, and no sentence arranging the meeting: the meeting starts then, or the next day,
  // there; where `定于3月25日…召开` says otherwise, 报到 is the day before at the hotel's front desk.
  if (!facts.meetingDate && checkIn) {
    const mention = findDateMentions(paragraphs[checkIn.at.paragraph].slice(checkIn.at.start))[0];
    if (mention) facts.meetingDate = shift(mention, checkIn.at.paragraph, checkIn.at.start);
  }
  if (!facts.place && !timePlace && checkIn) facts.place = inlinePlace(paragraphs, checkIn);

  readUnlabelled(paragraphs, facts);
  if (!sections.place?.[0]) facts.place = mostPrecisePlace(paragraphs, facts);
  // `学习贯彻…精神暨半年工作交流会`: a name that says what the meeting is for is its content.
  if (
    !facts.agenda &&
    facts.meetingName &&
    (NAME_SAYS_PURPOSE.test(facts.meetingName.value) || /听证/.test(facts.meetingName.value))
  )
    facts.agenda = facts.meetingName;

  for (let i = bodyStart; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    facts.contacts.push(...findContactNames(paragraphs, i));
    facts.phones.push(...findPhones(paragraphs, i));
    if (!facts.replyDeadline && /回执|报名|报送|反馈|报至|上报|名单/.test(text) && /前/.test(text)) {
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
  readDeferral(paragraphs, facts);
  return facts;
}

/** `開會事由：111學年度期末校務會議`: a matter that is only the meeting's name. */
const BARE_NAME = /^[^，,。；;:：]{2,30}(?:会议|大会|会)$/;
/** `「臺中捷運藍線綜合規劃公聽會」` in the matter: the meeting's name quoted. */
const QUOTED_NAME = /[「“《]([^」”》]{2,40}?会)[」”》]/;

/**
 * Under `事由：` (a hearing's or a Taiwan 開會通知's label), the matter of the meeting: its content where it says what the
 * meeting is for (`說明…計畫概況，並聽取…意見`), its name where it only names the meeting, and the name quoted in it.
 */
function readMatter(paragraphs: string[], facts: NoticeFacts): void {
  const agenda = facts.agenda;
  if (!agenda || !/事由\s*[:：]\s*$/.test(paragraphs[agenda.at.paragraph].slice(0, agenda.at.start))) return;
  if (BARE_NAME.test(agenda.value)) {
    facts.meetingName ??= agenda;
    facts.agenda = undefined;
    return;
  }
  const quoted = QUOTED_NAME.exec(agenda.value);
  if (quoted && !facts.meetingName) {
    const start = agenda.at.start + quoted.index + 1;
    facts.meetingName = located(quoted[1], agenda.at.paragraph, start, quoted[1]);
  }
}

/**
 * The meeting's first day under a time label: `6月28日报到，6月29日~30日培训，7月1日离会` gives the 29th, the day people
 * come being no day of the meeting; a value with one date gives that date.
 */
function meetingDayIn(value: string): DateMention | undefined {
  const mentions = findDateMentions(value);
  const held = mentions.find((m) => !COMES_OR_GOES.test(value.slice(m.end)));
  if (!held) return mentions[0];
  // `2011年12月15日报到，12月16日上午9:30开会`: the year just written carries on to the next day.
  const year = held.year ?? mentions.find((m) => m.start < held.start && m.year !== null)?.year ?? null;
  return { ...held, year };
}

/** `地点：…` inside a section's value, else the words after `在` up to the verb (`在县委党校二楼报告厅召开`). */
function inlinePlace(paragraphs: string[], value: Located<string>): Located<string> | undefined {
  // A heading's value is the paragraph under it; the place may be on the next one or two (`二、时间地点` / 时间… / 地点…).
  const last = Math.min(paragraphs.length - 1, value.at.paragraph + 2);
  for (let i = value.at.paragraph; i <= last; i++) {
    const from = i === value.at.paragraph ? value.at.start : 0;
    const text = paragraphs[i].slice(from);
    const m =
      /(?:会议)?地\s*点\s*[:：]\s*([^。；;，,]+)/.exec(text) ??
      /^\s*主?会场\s*[:：，,]\s*([^。；;，,]{2,40})/.exec(text) ??
      /(?:设在|位于)([^，,。；;]{2,40})/.exec(text) ??
      /在([^，,。；;]{2,40}?)(?:隆重|正式|如期|盛大)?(?:召开|举行|举办|开会|报到|集中)/.exec(text);
    if (m) return located(m[1], i, from + m.index + m[0].indexOf(m[1]), m[1]);
  }
  return undefined;
}

/**
 * Under `一、会议时间、地点`, a value with no place word: the words beside the date (`3月8日上午9时，县委党校`), or the
 * line under a line that only gives the time (`2011年3月8日,上午9时。` over `长春市青岛路联通视频会议中心`).
 */
function placeBesideTime(paragraphs: string[], value: Located<string>): Located<string> {
  const at = value.at.paragraph;
  const date = findDateMentions(paragraphs[at]).at(-1);
  if (!date) return value;
  // `2026年9月25日(星期五)上午,某市自然资源局`: the part of the day is still the time.
  const rest = paragraphs[at]
    .slice(date.end)
    .replace(/^[\s，,。；;]*(?:凌晨|早上|上午|中午|下午|晚上|全天)?[\s，,。；;]*|[\s。；;]+$/g, "");
  if (rest.length >= 2) return located(rest, at, paragraphs[at].indexOf(rest, date.end), rest);
  const next = (paragraphs[at + 1] ?? "").trim().replace(/[。；;]+$/, "");
  const placeLine = next && !findDateMentions(next).length && !isNumbered(next) && !/^[^：:]{1,8}[:：]/.test(next);
  return placeLine ? located(next, at + 1, paragraphs[at + 1].indexOf(next), next) : value;
}

/** `到达会议地点`, `在指定地点集中`: a place referred to, not named. */
const REFERENCE = /^(?:会议|报到|指定|集合|活动|开会|比赛|考试)?(?:地点|会场|地址|场所|场地|位置)$/;
/** `在2023年3月16日上午举行`: a time caught where a place was looked for. */
const WHEN = /^\s*(?:\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|[上下]午|晚上|今天|明天|届时|近期)/;

/** Places the body names for the meeting or for coming to it: `在…开幕`, `到…报到`, `主会场设在…`, `在…设主会场`. */
const PLACE_MENTIONS = [
  // Taiwan's `假平鎮市農會舉行`, Hong Kong's `假…單車館地下G52貴賓室(單車亭則)召開`: 假 is "at".
  /假座?([^，,。；;:：（(]{2,40}?)(?:[（(][^）)]{2,30}[）)])?(?:隆重|正式|如期|盛大)?(?:举行|召开|举办|办理)/g,
  // `在…培训基地(章丘开发区经十东路、明埠路交叉口向北1500米路西)召开`: a place and the way to it in brackets.
  /在([^，,。；;:：（(]{2,40}?)[（(][^）)]{2,60}[）)](?:召开|举行|举办|开会|开幕|报到|集中)/g,
  // `在集美嘉庚体育馆隆重举行`: the manner is no part of the place.
  /在([^，,。；;:：]{2,40}?)(?:隆重|正式|如期|盛大)?(?:召开|举行|举办|开会|开幕|报到|集中)/g,
  /于(?![\d〇零○一二三四五六七八九十]{1,4}[年月日])([^，,。；;:：]{2,40}?(?:室|厅|楼|馆|堂|中心|宾馆|酒店|饭店|会场|礼堂|会堂))(?:召开|举行|举办|进行|开会)/g,
  /到达([^，,。；;:：]{2,30}?(?:[（(][^）)]{2,20}[）)])?)(?=[，,。；;]|$)/g,
  /在([^，,。；;:：]{2,40}?(?:室|厅|楼|馆|堂|宾馆|酒店|饭店|会场))[，,]/g,
  /到([^，,。；;:：]{2,40}?)报到/g,
  /(?:主会场|会场)设在([^，,。；;]{2,40})/g,
  /在([^，,。；;:：]{2,30}?)设(?:[^，,。；;]{0,10}?)主?会场/g,
];

/**
 * Where no label gives the place, the most precise place the body names: the opening sentence may say
 * only the town (`在芜湖召开`, `在市区举行`) and the 报到 or opening lines the hall. Ties go to the first.
 */
function mostPrecisePlace(paragraphs: string[], facts: NoticeFacts): Located<string> | undefined {
  let best = facts.place;
  let bestPrecision = best ? placePrecision(best.value) : -1;
  for (let i = facts.body[0]; i < facts.body[1]; i++) {
    for (const pattern of PLACE_MENTIONS) {
      for (const m of paragraphs[i].matchAll(pattern)) {
        // `将在7月1日在紫金港校区体育馆举行`: the time comes first, then the place after its own 在.
        const place = WHEN.test(m[1]) && m[1].includes("在") ? m[1].slice(m[1].lastIndexOf("在") + 1) : m[1];
        const precision = placePrecision(place);
        if (
          precision <= bestPrecision ||
          place.length < 2 ||
          WHEN.test(place) ||
          REFERENCE.test(place) ||
          notForAttendees(paragraphs[i], m.index!)
        )
          continue;
        best = located(place, i, m.index! + m[0].lastIndexOf(place), place);
        bestPrecision = precision;
      }
    }
  }
  return best;
}

/**
 * `（列席的老同志在县人大办公室报到）`, `各代表团工作人员…在四楼会议室开会`: a place in an aside, or in a sentence
 * about the staff, is where some come, not where the meeting is.
 */
function notForAttendees(paragraph: string, at: number): boolean {
  const before = paragraph.slice(0, at);
  if (before.lastIndexOf("（") > before.lastIndexOf("）") || before.lastIndexOf("(") > before.lastIndexOf(")"))
    return true;
  const sentence = before.slice(before.search(/[^。；;！!]*$/));
  return /工作人员|会务人员|工作组/.test(sentence);
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
  const m =
    /关于(?:召开|举行|举办|开展|组织召开|参加|组织参加)(.+?)(?:有关事项|有关事宜|相关事项)?(?:的)?(?:预备|补充|延期|紧急)?通知$/.exec(
      title.value,
    ) ??
    new RegExp(`关于(.+?${MEETING_WORD})(?:有关事项|有关事宜|相关事项)的(?:预备|补充|延期|紧急)?通知$`).exec(
      title.value,
    ) ??
    // `关于2013年年会的紧急通知`: a meeting named as the title's subject, with no verb before it.
    new RegExp(`关于(.+?(?:${MEETING_WORD}|${OTHER_MEETING}))的(?:预备|补充|延期|紧急)?通知$`).exec(title.value);
  if (!m) return /会议/.test(title.value) ? title : undefined;
  return { value: m[1], at: title.at, text: title.text };
}

/** Sections such as `一、会议时间：…` or a heading `二、参会人员` followed by its paragraphs. */
function readSections(paragraphs: string[], from: number, to: number): Partial<Record<Section, Located<string>[]>> {
  const sections: Partial<Record<Section, Located<string>[]>> = {};
  for (let i = from; i < to; i++) {
    for (const inline of inlineSections(paragraphs[i])) {
      const found = LABELLED_SECTIONS.find(([, labels]) => labels.includes(inline.label));
      if (found && inline.value) (sections[found[0]] ??= []).push(located(inline.value, i, inline.start, inline.value));
    }
    for (const m of paragraphs[i].matchAll(SENTENCE_HEADING)) {
      const found = HEADING_ENDINGS.find(([ending]) => ending.test(m[1]))?.[1];
      const start = m.index! + m[0].length - m[2].length;
      if (found) (sections[found] ??= []).push(located(m[2].trim(), i, start, m[2].trim()));
    }
    // `…会期半天。会议议程拟为:` over a numbered list: the agenda announced at the end of a sentence.
    if (AGENDA_ANNOUNCED.test(paragraphs[i]) && i + 1 < to && paragraphs[i + 1].trim() !== "")
      (sections.agenda ??= []).push(at(paragraphs, i + 1, paragraphs[i + 1].trim()));
    const labelled = readLabel(paragraphs[i], ALL_LABELS) ?? looseLabel(paragraphs[i]);
    const section = labelled
      ? (Object.keys(LABELS) as Section[]).find((s) => (LABELS[s] as readonly string[]).includes(labelled.label))!
      : headingSection(paragraphs[i]);
    if (!section) continue;
    let value: Located<string> | null = null;
    if (labelled && labelled.value !== "") {
      value = located(labelled.value, i, labelled.valueStart, labelled.value);
    } else {
      const next = paragraphs.slice(i + 1, to).findIndex((p) => p.trim() !== "");
      // An empty section: what follows is the next numbered section, or the 附件 line.
      const following = next >= 0 ? paragraphs[i + 1 + next] : "";
      if (
        next >= 0 &&
        !readLabel(following, ALL_LABELS) &&
        !/^\s*[一二三四五六七八九十]+\s*[、.．]/.test(following) &&
        !/^\s*附\s*件/.test(following) &&
        !amongColumnHeads(paragraphs, i, following)
      ) {
        const j = i + 1 + next;
        value = at(paragraphs, j, paragraphs[j].trim());
      }
    }
    if (value) (sections[section] ??= []).push(value);
  }
  return sections;
}

/**
 * `日期` / `校区` / `地点` / `仪程`, one cell to a line: a table's head row, whose `地点` heads a column and is no label
 * over its value. The word after it is another short head, and so is the one before.
 */
function amongColumnHeads(paragraphs: string[], at: number, following: string): boolean {
  const before = paragraphs
    .slice(0, at)
    .reverse()
    .find((p) => p.trim() !== "");
  const head = (text: string | undefined, most: number) =>
    text !== undefined && COLUMN_HEAD.test(text.trim()) && text.trim().length <= most && !isNumbered(text);
  return head(following, 4) && !VENUE_WORD.test(following) && head(before, 8);
}

const VENUE_WORD = /[室厅楼馆堂场院所店舍]|中心|宾馆|基地/;
const COLUMN_HEAD = /^[\u4e00-\u9fa5()（）]{2,}$/;

/** Whose lines a label names that are no attendees: the contacts, the staff, those who sign up. */
const NOT_ATTENDING = /^(?:联系|联络|工作|会务|服务|报名|值班|咨询|接待)/;

/**
 * A label worded another way, read as the known label it starts with or ends like: `参会单位及述职顺序：…` is the
 * 参会单位 with more besides, `接访人员：…` and `列会对象：…` say who comes. Returned under the known label.
 */
function looseLabel(paragraph: string): { label: string; valueStart: number; value: string } | null {
  const numbering = numberingOf(paragraph);
  const m = /^([\u4e00-\u9fa5、]{2,14}?)\s*[:：]\s*/.exec(paragraph.slice(numbering.length));
  if (!m) return null;
  const words = m[1];
  const valueStart = numbering.length + m[0].length;
  const value = paragraph.slice(valueStart).trim();
  const first = /^(.{2,8}?)(?:及|和|与|、)/.exec(words)?.[1];
  const known = first && ALL_LABELS.find((l) => l === first);
  if (known && !LABELS.timePlace.some((l) => words.startsWith(l))) return { label: known, valueStart, value };
  if (/(?:人员|对象)$/.test(words) && !NOT_ATTENDING.test(words) && words.length <= 6)
    return { label: "参会人员", valueStart, value };
  // `听证时间：…`, `论坛地点：…`: the time or place of what the notice calls its meeting (not 报名时间, 报到地点).
  const gathering = GATHERING_TIME_PLACE.exec(words);
  if (gathering) return { label: GATHERING_LABEL[gathering[1]], valueStart, value };
  return null;
}

/**
 * `听证时间：…`, `論壇地點：…`, `開會事由：…`, `座談會時間及地點：`: the time, place or matter of what the notice calls its
 * meeting (not 报名时间, 报到地点).
 */
const GATHERING =
  "(?:开会|听证会?|论坛|座谈会?|大会|年会|研讨会|报告会|推介会|交流会|讲座|仪式|典礼|开幕式|演练|答辩|评审会?|说明会|公听会)";
const GATHERING_TIME_PLACE = new RegExp(
  `^${GATHERING}(?:召开|举行|举办)?(时间(?:及|和|、|与)?地点|时间|日期|地点|地址|事由|议题|内容|主题)$`,
);
const GATHERING_LABEL: Record<string, (typeof ALL_LABELS)[number]> = {
  时间: "时间",
  日期: "时间",
  地点: "地点",
  地址: "地点",
  事由: "事由",
  议题: "事由",
  内容: "事由",
  主题: "事由",
};
for (const joiner of ["", "及", "和", "、", "与"]) GATHERING_LABEL[`时间${joiner}地点`] = "时间和地点";

/** A numbered heading worded another way (`三、人员`, `二、会场地点`), known by its last words. */
const HEADING_ENDINGS: [RegExp, Section][] = [
  [/(?:人员|对象|范围|代表)$/, "attendees"],
  [/(?:时间|日期)$/, "time"],
  [/(?:地点|地址|会场|场地)$/, "place"],
  // `二、听证事项` over what the hearing is to hear (not `注意事项`, `有关事项`).
  [/(?:议程|议题|内容|主题|目的|事由|程序|流程|任务|(?:听证|审议|讨论|研究|会议)事项)$/, "agenda"],
];

function headingSection(paragraph: string): Section | undefined {
  const numbering = numberingOf(paragraph);
  const heading = paragraph
    .slice(numbering.length)
    .trim()
    .replace(/[:：]$/, "");
  // Unnumbered, a heading must be short to be one (`说明会办理目的`, `会场地点`).
  if (heading.length > (numbering ? 12 : 8)) return undefined;
  // `二、报名时间和地点`: when and where to apply, not the meeting's own time and place.
  if (OTHER_ERRAND.test(heading)) return undefined;
  // `二、听证时间、地点`: the two in one heading, the 、 between them.
  if (/时间(?:及|和|与|、)?地点$/.test(heading)) return "timePlace";
  if (/[，,。；;、\d]/.test(heading)) return undefined;
  return HEADING_ENDINGS.find(([ending]) => ending.test(heading))?.[1];
}

/** What the public or the units do before the meeting, each with its own time and place. */
const OTHER_ERRAND = /^(?:旁听)?(?:报名|咨询|申请|受理|领取|缴费|登记|接待|征集|提交)/;

const LABELLED_SECTIONS = Object.entries(LABELS) as [Section, readonly string[]][];
// `…通知如下: 1、典礼时间: 6月27日上午8:00 2、典礼地点:鸿远楼前广场 3、…`: numbered after one space, the value
// ending where the next number begins.
const INLINE_LABEL = new RegExp(
  `(?<=[。；;！!]\\s*|\\s{2,}|\\s(?=[一二三四五六七八九十]+、|\\d{1,2}[.．、]))(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}[.．、])?\\s*(?:${GATHERING}(?=时间|地点))?(${[
    ...ALL_LABELS,
  ]
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s*[:：]\\s*((?:(?!\\s(?:[一二三四五六七八九十]+、|\\d{1,2}[.．、]))[^。；;])+)`,
  "g",
);

/**
 * `…具体事宜如下:一、时间。定于5月6日上午8时开班。二、参加人员。各机关…`: numbered headings ended as sentences
 * inside a notice pasted as one paragraph, each known by its last words and its value the sentence after it.
 */
const SENTENCE_HEADING = /(?<=[。；;！!:：]\s*)[一二三四五六七八九十]+、\s*([\u4e00-\u9fa5]{2,8})[。．]\s*([^。；;]+)/g;

const AGENDA_ANNOUNCED =
  /(?:^|[。；;，,])\s*(?:会议)?(?:议程|议题|主要内容|内容)(?:拟为|拟定为|暂定为|安排为|为|是|如下)\s*[:：]\s*$/;

/** `。 二、会议参加对象 各县…`: a numbered heading inside a pasted paragraph, its value after a space. */
const INLINE_HEADING = new RegExp(
  `(?<=[。；;！!]\\s*|\\s)(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\\s*(${[...ALL_LABELS]
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s+([^。；;\\s][^。；;]*)`,
  "g",
);

/**
 * Labels inside a paragraph, after a sentence ends: a notice pasted as one paragraph, or
 * `…请于12月2日前报名。地点：县委党校二楼报告厅。` The value runs to the end of its sentence.
 */
function inlineSections(paragraph: string): { label: string; value: string; start: number }[] {
  // Short lines hold no pasted paragraph's labels, unless a numbered label follows a space (a PDF's line of one).
  if (paragraph.length < 40 && !/\s(?:\d{1,2}|[一二三四五六七八九十])[、.．]/.test(paragraph)) return [];
  return [...paragraph.matchAll(INLINE_LABEL), ...paragraph.matchAll(INLINE_HEADING)].map((m) => ({
    label: m[1],
    value: m[2].trim(),
    start: m.index! + m[0].length - m[2].length,
  }));
}

/** The single-paragraph form: `定于2026年12月3日上午9:00在县政府三楼第一会议室召开全县安全生产工作会议`. */
function readArrangedSentence(paragraphs: string[], facts: NoticeFacts): void {
  readDatedMeeting(paragraphs, facts);
  for (let i = facts.body[0]; i < facts.body[1]; i++) {
    const text = paragraphs[i];
    // `中国科协于5月15日发“…通知”，…。…理事会定于6月15日…召开`: the date whose own sentence holds the meeting.
    const ends = [...text.matchAll(/[。；;]/g)].map((m) => m.index!);
    // `…仪式定于7月6日…在百周年纪念讲堂进行`: a meeting the subject of 定于 may be 进行.
    const arranged = [...text.matchAll(ARRANGED_ALL)].find((m) =>
      (ENDS_WITH_MEETING.test(text.slice(0, m.index))
        ? /召开|举行|举办|开会|开始|开幕|进行/
        : /召开|举行|举办|开会|开始|开幕/
      ).test(
        text.slice(
          m.index,
          ends.find((end) => end >= m.index!),
        ),
      ),
    );
    if (!arranged) continue;
    const after = arranged.index;
    const mention = findDateMentions(text.slice(after))[0];
    if (mention) facts.arrangedDate = shift(mention, i, after);
    if (!facts.meetingDate) {
      if (mention) facts.meetingDate = facts.arrangedDate;
      else {
        const relative = findRelativeDates(text.slice(after))[0];
        if (relative) facts.meetingTimeText = located(relative.text, i, after + relative.start, relative.text);
      }
    }
    const place =
      /在(.{2,40}?)(?:隆重|正式|如期|盛大)?(?:召开|举行|举办|开会|开幕|进行)/.exec(text.slice(after)) ??
      /(?:会场|地点)设在([^，,。；;]{2,40})/.exec(text.slice(after));
    if (place && !facts.place && !WHEN.test(place[1]))
      facts.place = located(place[1], i, after + place.index + place[0].indexOf(place[1]), place[1]);
    const name = /(?:召开|举行|举办)(?:了)?(.{2,40}?会(?:议)?)(?=[，,。；;]|$)/.exec(text.slice(after));
    if (name && !facts.meetingName)
      facts.meetingName = located(name[1], i, after + name.index + name[0].length - name[1].length, name[1]);
    if (name && !facts.agenda) {
      // `…召开全县防汛工作会议，传达上级会议精神，部署防汛工作。`: what the meeting is for.
      const from = after + name.index + name[0].length;
      const purpose =
        /^[，,]\s*([^。；;]*(?:传达|学习|研究|部署|审议|听取|总结|通报|讨论|安排|表彰|动员|选举|表决)[^。；;]*)/.exec(
          text.slice(from),
        );
      if (purpose) facts.agenda = located(purpose[1], i, from + purpose[0].length - purpose[1].length, purpose[1]);
    }
    const attendees = INVITED.exec(text) ?? /(?:请|由)?(.{2,60}?)(?:参加|出席)(?:会议)?[。；;]/.exec(text);
    if (attendees && !facts.attendees)
      facts.attendees = located(attendees[1], i, attendees.index + attendees[0].indexOf(attendees[1]), attendees[1]);
    return;
  }
}

/**
 * `委员会星期四（二月二日）举行会议`, `…会议2月2日召开`: a date right before the verb, with no 定于 — the meeting's date,
 * and the line above the body naming the meeting (`郊野公园委员会会议`) its name.
 */
function readDatedMeeting(paragraphs: string[], facts: NoticeFacts): void {
  const [from, to] = facts.body;
  if (!facts.meetingName && !facts.title) {
    const first =
      paragraphs
        .slice(0, Math.max(from, 1))
        .find((p) => p.trim() !== "")
        ?.trim() ?? "";
    if (first.length <= 30 && ENDS_WITH_MEETING.test(first))
      facts.meetingName = at(paragraphs, paragraphs.indexOf(paragraphs.find((p) => p.trim() === first)!), first);
  }
  if (facts.meetingDate) return;
  for (let i = from; i < to; i++) {
    const text = paragraphs[i];
    for (const m of findDateMentions(text)) {
      if (!/^[^。，,；;]{0,12}?(?:举行|召开|举办|开会)/.test(text.slice(m.end))) continue;
      // `定于2017年9月24-25日在…召开…，9月25-26日在…召开…`: the arranging sentence's first date is the meeting's.
      if (ARRANGED.test(text.slice(0, m.start))) break;
      facts.meetingDate = shift(m, i, 0);
      return;
    }
  }
}

const MEETING_WORD =
  "(?:会议|大会|座谈会|培训班|培训会|论坛|研讨会|推进会|现场会|例会|联席会|报告会|动员会|工作会|发布会|观摩会|交流会|调度会|协调会|视频会|对接会|招待会|总结会|部署会|分析会|听证会|说明会|见面会|恳谈会|典礼|仪式|活动)";
/** `…毕业典礼暨学位授予仪式`, `郊野公园委员会会议`: words that end on what the meeting is called. */
const ENDS_WITH_MEETING = new RegExp(`${MEETING_WORD}$`);
/** A meeting's name ending in 会 that is none of the bodies so named (协会, 委员会, 工会): 年会, 签约会, 评审会. */
const OTHER_MEETING = "[\\u4e00-\\u9fa5]{0,4}(?<![协学工商理董议委联基金社机体])会(?![议场所员长计费务期谈同])";
/**
 * `召开全县…工作会议`, `召开首次“…会员大会”`, `召开2007年“东桑西移”工程项目责任签约会`, `举行公开听证`: the name
 * after the verb, with quoted words in it or not.
 */
const NAME_AFTER_VERB = new RegExp(
  `(?:召开|举行|举办|组织召开|开展|参加|列席|旁听)(?:了)?(?:首次|第[^，,。；;“”]{1,6}次)?[“"]?((?:“[^”，,。]{1,30}”|[^，,。；;：:“”]){2,40}?(?:${MEETING_WORD}议?|${OTHER_MEETING}|听证))`,
);
const NAME_BEFORE_DATE = new RegExp(
  `(?:^|[，,。；;：:]\\s*)(?:\\d{1,2}[.．、]|[一二三四五六七八九十]+[、.．])?(?:兹|现|经研究[，,]?)?([^，,。；;：:]{4,40}?${MEETING_WORD})(?:定于|将于|拟于|拟定于|于|订于|即将(?:举办|召开|举行|开班|开幕))`,
);
/** `开展本批项目的专家评审工作`: a meeting named by the work it does, with no meeting word. */
const NAME_OF_WORK =
  /(?:将|拟|定于[^，,。；;]{0,30}?)(?:开展|组织|进行)([^，,。；;：:]{2,30}?(?:评审|答辩|评估|考核|述职|论证|验收|评选|面试)(?:工作|活动)?)/;
/** `本次会议`, `此次大会`: which meeting, not its name. */
const ANY_MEETING = /^(?:本次|此次|这次|该次?|上述|相关|有关)/;

/** The paragraph and, where it stops without ending its sentence, the next: a printed line break. */
function withNextLine(paragraphs: string[], i: number, to: number): string {
  const text = paragraphs[i];
  // `一.总体安排` over `1.…仪式定于…`: a heading ends its own line.
  const heading = isNumbered(text) && text.trim().length <= 15;
  return i + 1 < to && !heading && /[\u4e00-\u9fa5\d]\s*$/.test(text) && paragraphs[i + 1].trim() !== ""
    ? text.trimEnd() + paragraphs[i + 1].trimStart()
    : text;
}

/** `《…》` blanked, offsets kept: a document's title is not the notice's own words. */
function withoutCitedTitles(text: string): string {
  return text.replace(/《[^》]*》/g, (title) => "。".repeat(title.length));
}

/** `…召开…会议，布置近期工作。`: what the meeting is for, in the clause right after its name. */
function purposeAfter(line: string, from: number, i: number, length: number): Located<string> | undefined {
  const m =
    /^[，,]\s*([^。；;]*(?:传达|学习|研究|部署|布置|审议|听取|总结|通报|讨论|安排|表彰|动员|选举|表决)[^。；;]*)/.exec(
      line.slice(from),
    );
  if (!m || from >= length) return undefined;
  const start = from + m[0].length - m[1].length;
  return located(m[1], i, start, line.slice(start, Math.min(length, start + m[1].length)));
}

/** `舉辦「…評估案」公聽會`, `“…论坛”`: a name in quotes with its meeting word. */
const NAME_QUOTED = new RegExp(`([「“《][^」”》]{2,60}[」”》]\\s*(?:${MEETING_WORD}|公听会))`);
/** `会议范围是…`, `参会人员为…`: who comes, said in a sentence. */
const ATTENDEES_ARE = /(?:参会|参加会议|出席会议|参加|与会|会议|培训|参训)(?:人员|对象|范围)(?:是|为)[:：]?([^。；;]*)/;
/** `组织全体师生集中收看…`: who is gathered to watch or take part. */
const GATHERED = /组织([^。；;，,]{2,30}?)(?:集中|统一|分组|按时)?(?:收听收看|收看|观看|收听|参加|参会|出席|学习)/;
/** `根据…有关安排，`, `按照…的通知要求，`: the clause that gives the basis, up to its comma. */
const BASIS = /^\s*(?:根据|按照|依据|遵照)[^，,。；;]*[，,]/;
/** A name that says what the meeting does: `…精神传达会`, `…述职评议会`, `…大接访活动`. */
const NAME_SAYS_PURPOSE =
  /学习|贯彻|传达|部署|总结|表彰|动员|推进|培训|述职|评议|评审|接访|答辩|考核|选举|观摩|听取[^。；;]{0,60}?(?:意见|建议)/;
const PURPOSE =
  /主题(?:是|为)[^。；;]+|(?:主要|会议)?(?:讨论)?(?:议程|议题|内容|事项)(?:有|为|是|包括|[，,]?即|如下)\s*[:：]?[^。；;]{4,}|(?:(?:这次|本次)?会议|主要)(?:将|的?主要(?:议程|内容|任务)?(?:是|为|有)?|议程(?:是|为|有))[^。；;]{0,120}?(?:传达|学习|研究|部署|审议|听取|总结|通报|讨论|安排|表彰|动员|培训|交流)[^。；;]*|(?:为|围绕|就|根据|按照|经研究)[^。；;]{0,120}?(?:传达|学习|研究|部署|审议|听取|总结|通报|讨论|安排|表彰|动员|培训|交流|宣讲|座谈|推进|贯彻|落实|协调|选举|观摩|解读)[^。；;]*/;
/** `邀请各社区居民、地方政府…参加`: who is invited. */
const INVITED = /邀请([^。；;]{2,60}?)(?:参加|出席|与会|莅临|列席|共同|[，,。；;]|$)/;
const ATTENDING =
  /([^。；;，,：:]{2,60}?)(?:准时|按时|届时|务必)?(?:参加|出席|参会|列席|到会|(?:到达|进入)(?:会场|会议室|现场))(?:会议|本次会议|大会|培训|活动)?(?=[。；;，,（(）)]|$)/;
/**
 * A 公告's eligibility sentence: `凡本市户籍居民均可报名参加`, `年满18周岁的公民…可以向办公厅提出旁听申请`; and who
 * comes named in passing: `参会的企业请于…`, `发给正式代表、列席代表`.
 */
const ELIGIBLE =
  /凡([^。；;]{2,60}?)(?:均|皆|都)?(?:可|可以)(?:报名|申请|登记)?(?:参加|出席|旁听|列席|参与)|([^。；;，,]{2,60}?)[，,]?(?:均|皆|都)?(?:可|可以)向[^。；;]{2,30}?(?:提出|申请|报名)[^。；;]{0,4}?(?:旁听|参加|出席)|(?:参会|与会|出席|旁听)的([^，,。；;、]{2,12}?)(?=请|要|须|应|于|在|将|[，,。；;、])|((?:正式|列席|全体|与会|参会)代表)/;

/** `並聽取土地所有權人及利害關係人之意見`: a hearing's people are those whose views it hears. */
const HEARD = /听取([^。；;，,]{2,30}?(?:人|民众|居民|住户|业主|代表|群众))(?:之|的)?(?:意见|建议|陈述)/;

/**
 * Elements written in sentences rather than under labels, anywhere in the body: the meeting named before
 * its date (`…代表大会定于6月13日在…召开`) or after the verb, what it is for (`为贯彻…，总结交流…`), and who
 * comes (`请各乡镇分管领导准时参加`).
 */
function readUnlabelled(paragraphs: string[], facts: NoticeFacts): void {
  const [from, to] = facts.body;
  for (let i = from; i < to; i++) {
    const text = paragraphs[i];
    if (!facts.meetingName || !facts.agenda) {
      // A line broken where the printed page broke it (`…举行庆祝中国共产` / `党成立90周年大会。`) goes on below;
      // the meeting named inside a cited document's title (`根据《…关于召开…培训会的通知》`) is another meeting.
      const line = withoutCitedTitles(withNextLine(paragraphs, i, to));
      const m =
        NAME_BEFORE_DATE.exec(line) ?? NAME_AFTER_VERB.exec(line) ?? NAME_OF_WORK.exec(line) ?? NAME_QUOTED.exec(text);
      const start = m ? m.index + m[0].indexOf(m[1]) : 0;
      if (m && !facts.meetingName && start < text.length && !ANY_MEETING.test(m[1]))
        facts.meetingName = located(m[1], i, start, text.slice(start, start + m[1].length));
      if (m && !facts.agenda) facts.agenda = purposeAfter(line, start + m[1].length, i, text.length);
    }
    if (!facts.agenda && i < from + 4) {
      // `根据学校有关安排，…`: the basis of the meeting is not what it is about.
      const basis = BASIS.exec(text)?.[0].length ?? 0;
      const m = PURPOSE.exec(text.slice(basis));
      if (m) facts.agenda = located(m[0], i, basis + m.index, m[0]);
    }
    if (!facts.attendees) {
      const eligible = ELIGIBLE.exec(text);
      const are = ATTENDEES_ARE.exec(text);
      // `参加人员是：` with the list on the lines below.
      if (are && are[1].trim() === "" && i + 1 < to && paragraphs[i + 1].trim() !== "") {
        facts.attendees = at(paragraphs, i + 1, paragraphs[i + 1].trim());
        continue;
      }
      const m = are ?? INVITED.exec(text) ?? ATTENDING.exec(text) ?? GATHERED.exec(text) ?? HEARD.exec(text);
      const who = eligible ? (eligible[1] ?? eligible[2] ?? eligible[3] ?? eligible[4]) : m?.[1];
      if (who && !/不(?:得|能|要|必)?$|无关$|非$/.test(who))
        facts.attendees = located(who, i, (eligible ?? m)!.index, who);
    }
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
