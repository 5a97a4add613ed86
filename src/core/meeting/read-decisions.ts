import { isNumbered, numberingOf } from "../document/sections";
import { type Located, located } from "../document/span";
import { PERSON_NAME } from "../text/person-name";

export interface Decision {
  text: Located<string>;
  /** The last paragraph the decision runs to. */
  last: number;
  owner?: Located<string>;
  deadline?: Located<string>;
  /** An election or a vote on people (`选举产生了…代表`): decided, and done at the meeting. */
  settled?: boolean;
}

/** A heading that announces the decisions: `现将会议议定事项纪要如下：`, `会议明确：`. */
const DECISION_HEADING = /议定|决定|明确|如下|纪要如下/;
/** A paragraph of what the meeting did: `会议原则通过…`, `会议听取了…汇报`, `本次主席会议原则同意…`. */
const MEETING_LEAD =
  /^\s*(?:讨论|研究|审议)并?(?:确定|决定|通过)|^\s*(?:(?:首先|其次|随后|然后|最后|同时|此外|另外)[，,]?)?(?:会议|本次(?:[\u4e00-\u9fa5]{0,4})?会议|[\u4e00-\u9fa5]{2,6}会议(?=听取|审议|研究|同意|决定|要求|强调|指出|认为|通过|原则|讨论|明确)|会上[，,]?)(?:还|先后|首先|分别|专题|一致|经)?(?:同意|决定|明确|要求|议定|确定|原则|研究|责成|指出|强调|认为|听取|审议|审定|审阅|讨论|传达|通过|批准|就|学习|部署)/;
/** A leader's requirement in the record: `徐祥华要求相关部门…`, `县长王建国强调，…要…`. */
const LEADER_LEAD = new RegExp(
  `^\\s*(?:首先|随后|然后|最后|同时|此外|另外)[，,]?(?:他|她)?(?:还)?(?:强调|要求|指出)[，,：:]|^\\s*(?:首先|随后|然后|最后|同时|此外|另外|在[^，,。]{1,20}后)?[，,]?(?:[\\u4e00-\\u9fa5、]{0,16}?(?:书记|县长|市长|区长|省长|州长|旗长|镇长|乡长|主任|局长|厅长|部长|校长|院长|主席|组长|秘书长))?(?:${PERSON_NAME})(?:同志)?(?:在讲话中|在会上|会上|最后|就[^，,。]{1,20})?[^。]{0,40}?(?:要求|强调|指出)`,
);
/** A decision stated mid-paragraph, after the chair and the reports: `…，经商讨，会议决定在辖区开展…`, `…一致同意通过…`. */
const STATED_DECISION =
  /(?:^|[，,。；;：:])\s*(?:经[^，,。]{0,10}[，,])?(?:会议|会上)(?:一致|原则|研究)?(?:决定|同意|议定|明确|要求|责成|通过|(?:作出|做出)(?:以下|如下)?部署)|^\s*经(?:会议|集体)?(?:研究|讨论|商议)[，,]?(?:拟|决定|同意|定于)|经[^，,。；;]{1,12}?(?:研究|审议|讨论)(?:审议|研究)?[，,]?(?:一致)?(?:同意|决定|通过)|一致同意|一致通过|表决通过|(?:表决|投票)[，,]?(?:通过|聘请|聘任|确定|选出|产生)|审议通过|原则同意|原则通过|(?:讨论|审议|研究)并(?:原则)?通过/;
/** `会后，…主席黄燕作…党课报告，强调要…`: what was done after the meeting (a lecture, a visit) is not its decision. */
const AFTER_THE_MEETING =
  /^\s*(?:会后|会前|会议结束后|闭幕式后)[，,][^。]{0,40}?(?:作|做|举行|举办|开展|进行|参观|观看|组织|召开)(?!要)/;
/** `会议由…副主任忻国龙主持。` after the last item: the record's own line, no part of the item above it. */
const RECORD_LINE =
  /^\s*(?:会议由[^。；;]{2,40}?主持|[^。；;]{2,60}?(?:参加|出席|列席)(?:了)?(?:会议|本次会议))[。.]?\s*$/;
/** `会议还研究了其他事项。`: the closing line of a record, not a decision. */
const OTHER_BUSINESS = /^\s*会议还[^。；;]{0,12}?(?:其他|其它)/;
/**
 * What makes a paragraph a decision rather than a report or an assessment: something agreed, or
 * something required of someone (`要…`, `必须…`, `请…`, `确保…`). `要` inside 重要/主要/需要 is no requirement, nor
 * 要求 as a noun (`传达了…领导相关工作要求`; `提出了相关要求。一是…` still tells one).
 */
const DECIDES =
  /通过|同意|决定|议定|确定|审定|批准|责成|(?<!工作|的)要求|(?<![重主需纲摘必提概扼只简纪])要(?![点素闻件求])|必须|务必|应当|(?<![相反适响供对答回效呼])应(?=[做加抓落切认严重积主及全进尽按])|(?<![提申邀报])请(?!示)|负责(?!同志|人)|牵头|确保|抓紧|尽快|进一步|研究(?:在|将|把|对)/;
/** `《关于审定…的请示》`: a document's title, whose words decide nothing. */
const TITLE_OF_A_DOCUMENT = /《[^》]*》/g;

/** Whether a text decides or requires something, in its own words (not those of a document it names). */
function decides(text: string): boolean {
  return DECIDES.test(text.replace(TITLE_OF_A_DOCUMENT, "《》"));
}

const UNIT =
  /[县市区省州镇乡]财政(?=安排|拨付|负担|承担|统筹|保障|落实)|[省市县区镇乡村]{2,3}[两三四]级|各位[\u4e00-\u9fa5]{0,6}?(?:代表|委员)|[\u4e00-\u9fa5]{0,16}?(?:局|委员会|委|办公室|办|处|科|股|室|中心|街道|乡镇|政府|公司|领导小组|工作组|起草组|小组|组|指挥部|专班|院|所|站(?![在到起稳])|校(?![长区园])|队|部门|单位|科室|人员|政府系统|妇联|残联|工商联|侨联|文联|社科联|科协|工会|团委|红十字会|联合会|协会|民主党派|统战团体|人民团体)/
    .source;
const ACTS =
  /(?:牵头|负责|要|抓紧|会同|按照|做好|抓好|于|在|务必|进一步|认真|立即|安排|实施|开展|制定|制订|完成|落实|起草|编制|督促|组织|配合|研究|拨付|尽快|根据|修改|修订|完善|明确|提交|报送|上报|推进|加快|加强|建立|指导|协调|筹备|筹集|整改|清理|核查|排查|审核|出台|印发|办理)/
    .source;
/** What a unit's name ends with (RULES.md §7): `县住建局`, `镇政府`, `物业公司`, `村委会`, `区公所`. */
const ORG_SUFFIX =
  "(?:局|委|办|厅|院|所|中心|公司|部门|单位|政府|街道|乡镇|镇|村|社区|组|处|科|室|站|队|会|公所|部|馆|校|集团|专班|指挥部)";
/** A person named by title (`总干事`, `分管副县长`, `办公室主任`): who acts where a record names no unit. */
const TITLE =
  "(?:书记|县长|市长|区长|镇长|乡长|主任|局长|处长|科长|所长|站长|队长|校长|院长|总干事|干事|秘书长|理事长|会长|组长|经理|负责人|馆长|村长|里长|河长|湖长|林长|田长|路长|网格长|组织委员|纪检委员|宣传委员)";
/** `责任单位：县住建局`, `（牵头单位：市财政局；完成时限：…）`: the owner under its label, as careful secretaries write it. */
const LABELLED_OWNER =
  /(?:责任|牵头|主办|承办|落实)(?:单位|部门|科室|处室|领导|人)\s*[:：]\s*([^；;。，,）)\s][^；;。，,）)]*)/g;
/**
 * `由区财政局牵头`, `由市政府设立`, `由常务副县长…任组长`, `请西属巴街道尽快…`, `要求区政府办公室根据…`, `区林业局要…`,
 * `环保、住建等相关部门要…`.
 */
const OWNER = new RegExp(
  `由(?!于|此)([\\u4e00-\\u9fa5、和及（）()]{1,38}?(?:${ORG_SUFFIX}|${TITLE}))(?=于|在|\\d|[，,]|(?:尽快|抓紧|及时|会同|负责|牵头|组织|统筹|落实|办理|研究|制定|起草|洽|联系|协调|提出|拿出|编制|汇总|审核|审定|把关|对接|督办|跟踪|另行|具体|统一|商|就|选址|敲定|确定|决定|亲自|带队))|由([\\u4e00-\\u9fa5、和及（）()]{2,40}?)(?:牵头|负责|承办|落实|办理|组织|会同|担任|设立|成立|统筹|实施|制定|起草|协调|督促|推进|审核|(?:兼)?任(?:组长|副组长|主任|指挥长|召集人))|以([\\u4e00-\\u9fa5、]{1,20}?)为组长|(?:(?<![提申报呈])请(?!示)|要求|责成)(?!按照|根据|依照|对|在|就|把|将|以)(${UNIT})|((?:[\\u4e00-\\u9fa5]{2,8}、)*[\\u4e00-\\u9fa5]{2,8}等(?:相关|有关)?(?:部门|单位))|(${UNIT}(?:[（(][\\u4e00-\\u9fa5、]{1,6}[）)])?)(?:[一二三四五六七八九十]是?|一定|都|也)?${ACTS}|((?<=^|[，,。；;：:])[\\u4e00-\\u9fa5]{0,8}?(?:${TITLE}|[^人党成委学社]员))(?=要|务必|必须|负责|牵头|亲自)|(?:同意|通过|批准)(?:了)?(${UNIT})(?=关于|提交|提出|上报|起草|制定|拟定|编制)`,
  "g",
);
const MEETING_WORDS = /^(?:会议|本次会议|会上)(?:还|原则|一致|研究)?(?:同意|要求|决定|明确|议定|责成|确定|强调|指出)?/;
/** `各级各部门`, `各相关部门`, `高新区各部门、各单位`: everyone, so no one in particular. */
const EVERYONE = /各|^(?:相关|有关)|^全/;
/**
 * `各县（市）区政府`, `市直各单位`, `各街道各部门`, `各项目负责人`, `各系主任`: a class of units by level or type, or of posts,
 * names who acts (RULES.md §7).
 */
const CLASS_OF_UNITS =
  /政府系统|市直|县直|区直|省直|州直|旗直|中直|驻[\u4e00-\u9fa5]{1,4}|各(?:县[（(]市[、，,]?区?[）)]区?|县市区|县区|区县|市县|市|县|区|乡镇|乡|镇|苏木镇?|嘎查村?|旗县?|街道|社区|村|学校|高校|校|中小学|幼儿园|医院|园区|开发区|成员单位|委办|委室|教学单位|院系|学院|学会|专委会)|各[\u4e00-\u9fa5]{1,4}?(?:主任|负责人|组长|站长|所长|校长|院长|组织委员|纪检委员|宣传委员)|各级(?:红十字会|工会|妇联|团组织|残联|科协|党组织|人民法院|法院|检察院)|各级[\u4e00-\u9fa5]{1,3}?长(?![期远效])|各(?:民主党派|人民团体|群团组织|统战团体|社会组织|行业协会)|各级[\u4e00-\u9fa5]{1,6}?(?:党委|党组|局|政府|机关)/;

const DEADLINE =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:前|之前|以前)?|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?:前|之前|以前)?|(?:\d{4}年)?\d{1,2}月(?:底|末|上旬|中旬|下旬)|(?:本月|下月|月|年|本年|年度)底前|年内|本周内|本月内|\d+个?(?:工作)?日内|前完成|之前完成|(?<![\d月])\d{1,2}日(?:前|之前|上午|下午|晚上)|本月\d{1,2}日(?:前|之前)|(?:春节|元旦|国庆|中秋|双节|节)(?:前|后)(?![台面方])/;

/**
 * The first deadline in the text, leaving out the day of something already held: `在2月16日…会议上的重要讲话`,
 * `2月16日召开的…` date an event, not a time to finish by.
 */
function deadlineIn(text: string): RegExpExecArray | null {
  const all = new RegExp(DEADLINE.source, "g");
  const sentences = sentencesOf(text);
  for (const m of text.matchAll(all)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
    if (/前|底|内|末|旬/.test(m[0])) return m as RegExpExecArray;
    // `（在）7月10日全省会商上…的讲话`: the day of a meeting already held.
    if (/^[^，,。；;]{0,24}?(?:会议|会商|会)上/.test(after)) continue;
    if (/^(?:召开|举行|印发|发布|出台|通过|作出|做出)的/.test(after)) continue;
    // `4月13日,市林业局召开…调度会。`: the record's opening sentence dates the meeting itself.
    const { start, end } = sentences.bounds(m.index!);
    const sentenceBefore = text.slice(start, m.index!);
    const sentenceAfter = text.slice(m.index! + m[0].length, Math.min(end, m.index! + m[0].length + 80));
    if (/^\s*(?:\d{4}年)?$/.test(sentenceBefore) && /召开|举行|举办|主持/.test(sentenceAfter)) continue;
    return m as RegExpExecArray;
  }
  return null;
}

/**
 * The decisions of the body: numbered items (一、 / 1.) after any heading that announces them, or
 * else every paragraph where the meeting decided or required something (RULES.md §7).
 */
export function readDecisions(paragraphs: string[], [from, to]: [number, number]): Decision[] {
  const labelled = labelledDecisions(paragraphs, from, to);
  if (labelled) return labelled.map((item) => decisionAt(paragraphs, item));
  const headingAt = paragraphs
    .slice(from, to)
    .findIndex((p) => !isNumbered(p) && DECISION_HEADING.test(p) && /[:：]\s*$/.test(p.trim()));
  const start = headingAt >= 0 ? from + headingAt + 1 : from;
  const items: Item[] = [];
  // `一、决定…` over `1. …` `2. …`: where the record numbers in two levels, the 一、 items are its items and the
  // 1. lines under them their parts.
  const topLevel = paragraphs.slice(start, to).some((p) => CHINESE_NUMBERED.test(p)) ? CHINESE_NUMBERED : TOP_LEVEL;
  for (let i = start; i < to; i++) {
    const text = paragraphs[i];
    const startsItem = topLevel.test(text);
    if (startsItem) items.push({ first: i, last: i, start: 0, end: text.length });
    else if (items.length && text.trim() !== "" && !RECORD_LINE.test(text))
      Object.assign(items[items.length - 1], { last: i, end: text.length });
    if (startsItem || items.length) items.push(...runOnItems(text, i, items));
  }
  // A list announced as what the meeting covered (`会议主要内容：`), not as what it decided.
  const before = items.length
    ? paragraphs[items[0].first].slice(0, items[0].start) || paragraphs[items[0].first - 1]
    : "";
  const agendaList = headingAt < 0 && /(?:内容|议程|议题)[:：]\s*$/.test(before ?? "");
  const reports = reportChapters(paragraphs, from, to);
  const numbered = items.flatMap((item) => {
    if (reports.has(item.first) || notTheMeetingsBusiness(paragraphs, item)) return [];
    const subItems = subItemsUnderHeading(paragraphs, item);
    if (subItems) return subItems.filter((sub) => asks(itemText(paragraphs, sub)));
    const text = itemText(paragraphs, item);
    if (notADecision(text) || (agendaList && onlyAgenda(text))) return [];
    return decidingParagraphs(paragraphs, item) ?? [underBareHeading(paragraphs, item)];
  });
  if (items.length === 0) {
    for (let i = from; i < to; i++)
      if (isDecision(paragraphs[i])) numbered.push({ first: i, last: i, start: 0, end: paragraphs[i].length });
  }
  return numbered.map((item) => decisionAt(paragraphs, item));
}

/**
 * `决议：照案通过` / `大会决议：…` under each matter of a 会议记录: where a record labels its decisions, only those are
 * decisions (RULES.md §7); the matter's 案由 and 说明 above say what was proposed, not who acts. A decision confirming
 * the previous record or the agenda (`议程确认…` / `决议：无异议通过`) is procedure, not a matter to carry out.
 */
function labelledDecisions(paragraphs: string[], from: number, to: number): Item[] | null {
  const lines = paragraphs.slice(from, to).map((p, k) => ({ i: from + k, m: DECISION_LABEL.exec(p) }));
  const found = lines.filter((l) => l.m && l.m[1].trim() !== "");
  if (found.length === 0) return null;
  const items: Item[] = [];
  for (const { i } of found) {
    if (procedural(paragraphs, i, from)) continue;
    let last = i;
    while (last + 1 < to && continues(paragraphs[last + 1])) last++;
    items.push({ first: i, last, start: 0, end: paragraphs[last].length });
  }
  return items;
}

const DECISION_LABEL = /^\s*(?:[-–•·]\s*)?(?:大会|本会|会员大会|全体会议)?(?:决议|決議|决定)\s*[:：]\s*(.*)$/;
/** A line that opens something of its own: a numbered item, a label (`说明：`, `案由：`), a speaker. */
const OPENS_OWN = /^\s*(?:[-–•·]|[^，,。；;：:]{1,10}[:：])/;

function continues(paragraph: string): boolean {
  return paragraph.trim() !== "" && !TOP_LEVEL.test(paragraph) && !isNumbered(paragraph) && !OPENS_OWN.test(paragraph);
}

/** The matter a labelled decision settles, read back to the item heading: the agenda, the last record confirmed. */
function procedural(paragraphs: string[], at: number, from: number): boolean {
  const matter: string[] = [];
  for (let i = at - 1; i >= from && matter.length < 4; i--) {
    if (DECISION_LABEL.test(paragraphs[i])) break;
    matter.unshift(paragraphs[i]);
    if (isNumbered(paragraphs[i])) break;
  }
  return PROCEDURE.test(matter.join(""));
}

/** Procedure of the sitting itself: opening, quorum, reading and confirming the last record, the agenda. */
const PROCEDURE =
  /(?:确认|宣读|审定)[^。]{0,20}?(?:上次|前次|上一次|第[一二三四五六七八九十\d]+次)?[^。]{0,12}?(?:会议)?(?:纪录|记录|纪要|议程)|议程确认|确认议程|宣布(?:开会|开始|散会)/;

/** A labelled line of the record's head (`时间：`, `三、应出席人员：`): an element, never a decision. */
const META_LINE =
  /^\s*(?:[^\s、]{1,3}\s*[、.．]\s*)?(?:会议)?(?:时\s*间|日\s*期|地\s*点|出\s*席|列\s*席|缺\s*席|请\s*假|主\s*席|主\s*持|纪\s*录|记\s*录|记录人|应出席|应到|实到|出席人员|列席人员|请假人员|与会人员|参会人员)[^:：。，,]{0,6}[:：]/;
/** A chapter of reports, speeches or the agenda (`柒、报告事项：`, `七、议程：`): what was said, not decided. */
const REPORT_CHAPTER = new RegExp(
  [
    "^\\s*[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3}\\s*[、.．]\\s*[\\u4e00-\\u9fa5]{0,6}(?:报告|致词|致辞|议程|程序)(?:事项)?\\s*[:：]?\\s*$",
    "^\\s*[一二三四五六七八九十]{1,3}\\s*[、.．]\\s*(?:报告事项|工作报告|议程|会议程序|会议议程)\\s*[:：]?\\s*$",
  ].join("|"),
);
/** A speech (`市议员李某先生：…`, `主席致词：…`), a time table line (`5:00-5:30报到`), a procedural line. */
const NOT_BUSINESS =
  /^\s*(?:[^\s、]{1,3}\s*[、.．]\s*)?(?:[-–•·]\s*)?(?:[\u4e00-\u9fa5]{0,14}(?:先生|女士|小姐|致词|致辞|讲话|发言|报告)\s*[:：]|\d{1,2}\s*[:：]\s*\d{2}|(?:主席|主持人)?宣布(?:开会|散会|会议开始)|散会)/;

const CAPITAL_CHAPTER = /^\s*[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3}\s*[、.．]/;
const CHAPTER = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;

/** The paragraphs under a chapter of reports, to the next chapter numbered the same way. */
function reportChapters(paragraphs: string[], from: number, to: number): Set<number> {
  const inside = new Set<number>();
  for (let i = from; i < to; i++) {
    if (!REPORT_CHAPTER.test(paragraphs[i])) continue;
    const sameKind = CAPITAL_CHAPTER.test(paragraphs[i]) ? CAPITAL_CHAPTER : CHAPTER;
    let j = i + 1;
    while (j < to && !sameKind.test(paragraphs[j])) inside.add(j++);
    i = j - 1;
  }
  return inside;
}

function notTheMeetingsBusiness(paragraphs: string[], item: Item): boolean {
  const head = paragraphs[item.first].slice(item.start);
  if (META_LINE.test(head) || NOT_BUSINESS.test(head) || REPORT_CHAPTER.test(head)) return true;
  // `贰、讨论事项：` alone: a chapter's title, its matters numbered below it.
  return /^[^。；;]{1,24}[:：]\s*$/.test(itemText(paragraphs, item).trim());
}

/** A numbered item: from `start` in paragraph `first` to `end` in paragraph `last`. */
interface Item {
  first: number;
  last: number;
  start: number;
  end: number;
}

const TOP_LEVEL =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3}\s*[、.．]|\d{1,2}\s*[.．、](?!\d))/;
const CHINESE_NUMBERED = /^\s*(?:[一二三四五六七八九十]+|[壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3})\s*[、.．]/;
/** `…年底前完成。二、关于…`: the next item's heading run on at the end of the previous item's line. */
const RUN_ON_HEADING = /(?<=[。；;])\s*(?=[一二三四五六七八九十]{1,3}、)/g;

/** Items that start inside paragraph `i` after a sentence ends; the item before them ends there. */
function runOnItems(text: string, i: number, items: Item[]): Item[] {
  const found: Item[] = [];
  for (const m of text.matchAll(RUN_ON_HEADING)) {
    const previous = found.at(-1) ?? items.at(-1);
    if (previous) previous.end = m.index!;
    found.push({ first: i, last: i, start: m.index! + m[0].length, end: text.length });
  }
  return found;
}

/**
 * `一、审议学院保密工作暂行办法` over `会上…。经讨论，原则通过…`: the heading names the matter, the paragraphs
 * under it decide; the decision is read from the first of them (RULES.md §7).
 */
function underBareHeading(paragraphs: string[], item: Item): Item {
  const heading = paragraphs[item.first].slice(item.start, item.first === item.last ? item.end : undefined);
  if (item.first === item.last || !bareHeading(heading)) return item;
  let next = item.first + 1;
  while (next < item.last && paragraphs[next].trim() === "") next++;
  return { ...item, first: next, start: 0 };
}

/**
 * `一、研究迎接复审工作` over `会议指出，…成效明显。` `会议原则同意…方案。` `会议要求，…`: under a bare heading, each
 * paragraph where the meeting decides or requires is a decision of its own (the annotated unit is the decision
 * paragraph, RULES.md §7), a paragraph without a lead of its own continues the one above it, and an assessment or a
 * report before the first decision is none. Null where fewer than two paragraphs decide, or one does not lead.
 */
function decidingParagraphs(paragraphs: string[], item: Item): Item[] | null {
  const heading = paragraphs[item.first].slice(item.start, item.first === item.last ? item.end : undefined);
  if (item.first === item.last || !bareHeading(heading)) return null;
  const found: Item[] = [];
  for (let i = item.first + 1; i <= item.last; i++) {
    const end = i === item.last ? item.end : paragraphs[i].length;
    const text = paragraphs[i].slice(0, end);
    if (text.trim() === "") continue;
    // `会议就有关具体事项明确如下：` over `1.关于…由…负责`: each part of the list is a matter of its own.
    if (isDecision(text) || (SUB_NUMBER.test(text) && !notADecision(text)))
      found.push({ first: i, last: i, start: 0, end });
    else if (found.length) Object.assign(found[found.length - 1], { last: i, end });
  }
  const leading = paragraphs.slice(item.first + 1, item.last + 1).findIndex((p) => p.trim() !== "");
  const firstIsAssessment = found.length > 0 && found[0].first !== item.first + 1 + leading;
  return found.length >= 2 || firstIsAssessment ? found : null;
}

const SUB_NUMBER = /^\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|\d{1,2}\s*[.．、](?!\d))/;

/**
 * `一、本周工作安排` over `（一）…` `（二）…`: under a bare heading each numbered sub-item is a matter of its own, and
 * it is a decision only where it asks something of someone (a report, a praise or an event of the week is not).
 */
function subItemsUnderHeading(paragraphs: string[], item: Item): Item[] | null {
  if (item.first === item.last || !bareHeading(paragraphs[item.first].slice(item.start))) return null;
  const subs: Item[] = [];
  for (let i = item.first + 1; i <= item.last; i++) {
    const text = paragraphs[i].slice(0, i === item.last ? item.end : undefined);
    if (SUB_NUMBER.test(text)) subs.push({ first: i, last: i, start: 0, end: text.length });
    else if (subs.length && text.trim() !== "") Object.assign(subs[subs.length - 1], { last: i, end: text.length });
    else if (!subs.length && text.trim() !== "") return null;
  }
  return subs.length >= 2 ? subs : null;
}

/** A heading line: short, no sentence in it (`二、听取…汇报，研究部署下一步工作` is one too). */
function bareHeading(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 80 && !/[。；;！!？?：:]/.test(trimmed.slice(0, -1)) && !/[。；;]$/.test(trimmed);
}

function asks(text: string): boolean {
  return decides(text) && !notADecision(text);
}

function itemText(paragraphs: string[], { first, last, start, end }: Item): string {
  if (first === last) return paragraphs[first].slice(start, end);
  return [paragraphs[first].slice(start), ...paragraphs.slice(first + 1, last), paragraphs[last].slice(0, end)].join(
    "\n",
  );
}

/** `五、略`; an item that only assesses (`较好地完成了…`) or only says a matter was discussed decides nothing. */
const OMITTED =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[.．、])?\s*[（(]?(?:略|此处略|内容略)[）)]?[。.]?\s*$/;
const ASSESSMENT =
  /较好|圆满|顺利完成|取得(?:了)?(?:明显|显著|积极|良好)?(?:成效|成绩|进展)|成效明显|总体平稳|扎实有效/;
const ONLY_DISCUSSED =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．])?\s*(?:会议)?(?:还)?(?:讨论|研究|听取|审议|学习)了?[^。]*(?:事宜|事项|情况|汇报|通报|报告|问题|精神|工作)[^。]*[。]?\s*$/;

/**
 * `1、学习中央1号文件精神；` `2、协商年度工作要点；` under `会议主要内容：`: an item that neither decides, nor names who
 * acts, nor sets a time lists what the meeting did, not what it decided.
 */
function onlyAgenda(text: string): boolean {
  const words = text.replace(TITLE_OF_A_DOCUMENT, "《》");
  return !DECIDES.test(words) && !DEADLINE.test(words) && ![...words.matchAll(OWNER)].length && words.length <= 60;
}

/**
 * `选举产生了8名代表`, `表决通过了人事免职和任职事项`, `通过了…执行委员会建议名单`: a vote on people is done when the meeting
 * votes; nothing is left for a unit to carry out by a date (RULES.md §7 reports 人事任免 as `minutes/personnel`).
 */
const VOTE_ON_PEOPLE =
  /选举(?:产生)?|(?:表决|审议|会议)?通过了?[^。；;，,]{0,40}?(?:任免|任职|免职|任命|人事|名单|人选|候选人|代表)/;

/** Whether all a decision decides is a vote on people: it stands as a 议定事项, with no one to carry it out by a date. */
function settledAtTheMeeting(text: string): boolean {
  const clauses = text.split(/[。；;，,]/);
  if (!clauses.some((clause) => VOTE_ON_PEOPLE.test(clause))) return false;
  const rest = clauses.filter((clause) => !VOTE_ON_PEOPLE.test(clause)).join("，");
  return !decides(rest.replace(ASSESSMENT, ""));
}

/**
 * `…分别就…提出了严格的要求。`, `…提出了具体要求并安排部署了下一步工作。` ending its paragraph: a requirement said to be
 * made, with nothing of it told (where `提出了相关要求。一是…` tells it).
 */
const UNTOLD_REQUIREMENT =
  /(?:提出|作出|做出|进行)了?[^。；;：:，,]{0,10}?(?:要求|部署|安排)(?:并(?:安排|部署|布置)了?[^。；;：:，,]{0,12})?(?=\s*[。；;]?\s*$)/;

/** `会上…副会长向大家汇报商会资金回收情况`: an item that only tells what someone reported. */
const ONLY_REPORTED = /(?:汇报|通报|介绍|说明)(?:了)?/;

/**
 * `会议认为，…是…大事，要齐心协力…`: the meeting's view of a matter, told as its opinion; it asks no one to act unless a
 * later sentence of the item requires or decides something (RULES.md §7 lists 认为 among no decision's leads).
 */
const OPINION = /^\s*(?:会议|本次会议|与会人员|会上)(?:一致)?认为/;
/**
 * `大家感到，…讲话站位高远…特别是要求“…”`, `与会人员纷纷表示，…`: what those present felt or said, and what they quote,
 * is theirs; only a later sentence the meeting itself leads decides.
 */
const IMPRESSION = /^\s*(?:大家|与会人员|与会同志|与会者)(?:一致|普遍|纷纷)?(?:感到|表示|谈到|体会到)/;
/** `会议要求各科室…`: a sentence the meeting itself leads with a decision or a requirement. */
const MEETING_DECIDES = /^\s*(?:会议|会上)[^。]{0,6}?(?:要求|强调|决定|同意|明确|责成|议定|部署)/;
const LATER_DECISION = /^\s*(?:会议|会上)?[^。]{0,12}?(?:要求|强调|决定|同意|明确|责成|议定|部署)/;

function onlyAnOpinion(text: string): boolean {
  if (IMPRESSION.test(text))
    return !text
      .split(/[。；;]/)
      .slice(1)
      .some((sentence) => MEETING_DECIDES.test(sentence));
  return (
    OPINION.test(text) &&
    !text
      .split(/[。；;]/)
      .slice(1)
      .some((sentence) => LATER_DECISION.test(sentence))
  );
}

/** `三、安全生产总体形势`, `四、突出问题`, `五、工作亮点`: an item that tells how things stand. */
const SITUATION_HEADING =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[.．、])?\s*[^。；;，,：:\n]{0,12}(?:形势|问题|亮点|成绩|成效|情况|不足|经验|做法)\s*(?:\n|$)/;

/** `会议传达了…会议精神和领导要求`: what is passed on from elsewhere is not this meeting's requirement. */
const PASSED_ON = /(?:传达|通报)(?:学习)?了?[^。；;，,]{0,60}(?:精神|要求|指示|部署)/g;

function notADecision(text: string): boolean {
  if (OMITTED.test(text) || onlyAnOpinion(text)) return true;
  if (SITUATION_HEADING.test(text) && !decides(text)) return true;
  const told = text.replace(ASSESSMENT, "").replace(UNTOLD_REQUIREMENT, "").replace(PASSED_ON, "");
  if (DECIDES.test(told)) return false;
  return (
    ASSESSMENT.test(text) ||
    ONLY_DISCUSSED.test(text) ||
    told !== text.replace(ASSESSMENT, "") ||
    ONLY_REPORTED.test(told)
  );
}

/**
 * `…，特别强调：…有关企业及部门应…`, `希望全部门人员切实…`, `他强调测站人员要务必…`: a requirement told in the record,
 * whoever voiced it, wherever in the sentence; `…强调，…我们要…` exhorts the room, it asks no one.
 */
const REPORTED_REQUIREMENT =
  /(?:强调|要求|希望|指出)[：:，,]?(?:(?!我们|咱们)[^。；;！!]){0,40}?(?:(?<![重主需纲摘必提概扼只简纪])要(?![点素闻件])|应|应当|必须|务必|切实)|要求(?:各|全体|相关|有关)[^。；;，,！!]{1,12}?(?:继续|进一步|切实|认真|加强|加快|做好|抓好|坚决|立即|尽快|严格|全力|确保)/;
/** `一要继续加强…。二要…`: a leader's requirements counted out. */
const COUNTED_REQUIREMENT = /^\s*[一二三四五六七八九十]是?要/;
/**
 * `…会上王驰副主任就当前工作做了再动员，并提出了几点工作要求：一是…`: requirements announced inside the record's
 * opening sentence and counted out after the colon.
 */
const REQUIREMENTS_ANNOUNCED =
  /(?:提出|作出|做出|明确|强调|部署)了?[^。；;：:]{0,16}?(?:要求|意见|任务)[:：]\s*(?=[一1（(]\s*[是、.．）)要])/;

/**
 * Whether a paragraph decides: from the first sentence that opens with the meeting or a leader (`…主持召开…。会议
 * 听取了…。会议指出：…各单位要…`), the rest of the paragraph decides something.
 */
function isDecision(paragraph: string): boolean {
  // `…会议研究决定事项如下` announces the decisions; it is not one.
  if (/[:：]\s*$|如下\s*$/.test(paragraph) || AFTER_THE_MEETING.test(paragraph) || onlyAnOpinion(paragraph))
    return false;
  const announced = REQUIREMENTS_ANNOUNCED.exec(paragraph);
  // Requirements or tasks counted out after they are announced (`部署了下阶段主要工作任务：一是开展…`) decide.
  if (announced) {
    const counted = paragraph.slice(announced.index + announced[0].length).replace(TITLE_OF_A_DOCUMENT, "《》");
    if (!notADecision(counted)) return true;
  }
  const sentences = paragraph.split(/(?<=[。；;！!])/);
  const lead = sentences.findIndex(
    (s) =>
      !OTHER_BUSINESS.test(s) &&
      (MEETING_LEAD.test(s) || LEADER_LEAD.test(s) || COUNTED_REQUIREMENT.test(s) || REPORTED_REQUIREMENT.test(s)),
  );
  if (lead < 0) {
    // The record's opening (`…主持召开…会议，审议通过了…`) says what the meeting covered; 会议还… closes it.
    const stated = sentences.filter((s) => !OTHER_BUSINESS.test(s)).join("");
    // Only the record's opening sentence says what the meeting covered; `…会议决定于…召开…` later on decides.
    const opening =
      (/召开|举行/.test(sentences[0]) &&
        !/(?:拟|定于|将于|延期|推迟|改期)[^。]{0,60}?(?:召开|举行)/.test(sentences[0])) ||
      /^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日/.test(paragraph);
    return !opening && STATED_DECISION.test(stated) && !notADecision(stated);
  }
  // `《关于审定…的请示》`: words inside a document's title decide nothing.
  const rest = sentences
    .slice(lead)
    .filter((s) => !OTHER_BUSINESS.test(s))
    .join("")
    .replace(TITLE_OF_A_DOCUMENT, "《》");
  return (DECIDES.test(rest) || REPORTED_REQUIREMENT.test(sentences[lead])) && !notADecision(rest);
}

function decisionAt(paragraphs: string[], item: Item): Decision {
  const { first, last } = item;
  const body = paragraphs[first].slice(0, item.first === item.last ? item.end : undefined);
  const lead = body.slice(item.start);
  const numbering = numberingOf(lead);
  const textStart = item.start + numbering.length;
  const text = body.slice(textStart);
  const decision: Decision = { text: located(text.trim(), first, textStart, text), last };
  if (settledAtTheMeeting(itemText(paragraphs, item))) decision.settled = true;
  for (let i = first; i <= last; i++) {
    const from = i === first ? item.start : 0;
    const p = paragraphs[i].slice(0, i === last ? item.end : undefined);
    decision.owner ??= ownerIn(p, i, from);
    if (!decision.deadline) {
      const m = deadlineIn(p.slice(from));
      if (m) decision.deadline = located(m[0], i, from + m.index, m[0]);
    }
  }
  return decision;
}

function ownerIn(paragraph: string, i: number, from: number): Located<string> | undefined {
  const text = paragraph.slice(from);
  for (const m of text.matchAll(LABELLED_OWNER)) {
    const owner = m[1].trim();
    if (isSomeone(owner)) return located(owner, i, from + m.index! + m[0].indexOf(owner), owner);
  }
  const sentences = sentencesOf(text);
  const told = new Map<number, boolean>();
  for (const m of text.matchAll(OWNER)) {
    // Many owners in one long sentence: the sentence is judged once.
    const sentence = sentences.bounds(m.index!).start;
    if (!told.has(sentence)) told.set(sentence, toldNotAsked(sentences.around(m.index!)));
    if (told.get(sentence)) continue;
    // `会议同意县财政局安排…`: the unit, without the words of the meeting before it.
    const found = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8]).trim();
    // `会后各校要…`: when it is to be done is no part of who does it.
    const unit =
      found
        .replace(MEETING_WORDS, "")
        .replace(ASKING, "")
        .replace(/^(?:会后|会前|同时|此外|另外)/, "") || found;
    let start = text.indexOf(unit, m.index);
    // `各镇街、各部门要…`: the unit that acts is the last of a list; the list names who acts.
    const listed = m[6]
      ? LISTED_BEFORE.exec(text.slice(Math.max(0, start - 120), start))?.[0]
          .replace(MEETING_WORDS, "")
          .replace(ASKING, "")
      : "";
    start -= listed?.length ?? 0;
    const owner = (listed ?? "") + unit;
    if (!m[5] && !isSomeone(owner)) continue;
    return located(owner, i, from + start, owner);
  }
  return undefined;
}

/** The sentences of a text, found once, and the one around an offset (a long text has many owners to test). */
function sentencesOf(text: string) {
  const ends = [...text.matchAll(/[。；;！!]/g)].map((m) => m.index! + 1);
  const bounds = (at: number) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] <= at) low = mid + 1;
      else high = mid;
    }
    return { start: low > 0 ? ends[low - 1] : 0, end: low < ends.length ? ends[low] - 1 : text.length };
  };
  return {
    bounds,
    around(at: number): string {
      const { start, end } = bounds(at);
      return text.slice(start, end);
    },
  };
}

/**
 * `征收办等部门在前期做了大量工作，取得了明显成效`, `市征收办汇报了…`: a sentence that praises or reports what units
 * did asks nothing of them, so the units in it are not who acts (RULES.md §7).
 */
function toldNotAsked(sentence: string): boolean {
  if (!ASSESSMENT.test(sentence) && !REPORTED.test(sentence)) return false;
  const rest = sentence
    .replace(ASSESSMENT, "")
    .replace(REPORTED, "")
    .replace(/为(?:了)?确保[^，,。]*/g, "");
  return !decides(rest);
}

const REPORTED = /(?:汇报|通报|介绍|说明|做|作)了|(?:做|作)(?:出)?了大量/g;

/** Whether a paragraph opens an item or a decision: the body goes on past any 出席 line above it. */
export function opensDecision(paragraph: string): boolean {
  return TOP_LEVEL.test(paragraph) || MEETING_LEAD.test(paragraph) || LEADER_LEAD.test(paragraph);
}

/** Units listed before the one that acts: `各镇街、`, `县发改委、县财政局和`. */
const LISTED_BEFORE = /(?:[\u4e00-\u9fa5]{2,10}(?:[（(][\u4e00-\u9fa5]{1,6}[）)])?[、和及])+$/;

/** `徐祥华要求相关部门`: a unit caught with the words that ask it, read from after them. */
const ASKING = /^.*(?:要求|责成|请|同意|强调|指出|明确|决定)/;

function isSomeone(owner: string): boolean {
  // A list names who acts where one member is a class by level or type (`各乡镇、部门`, RULES.md §7's `各街道各部门`),
  // or where each member does once the list's `各`/`相关` is read over all (`各产业链牵头单位、配合单位`, but not
  // `各部门、单位`).
  const members = owner.split(/[、和及与]/).filter((m) => m.trim() !== "");
  if (members.length > 1) {
    const shared = /^(?:各级各类|各|相关|有关)/.exec(members[0])?.[0] ?? "";
    const whole = members.map((m, k) => (k > 0 && !/^(?:各|相关|有关|相關)/.test(m) ? shared + m : m));
    return whole.some((m) => CLASS_OF_UNITS.test(m)) || whole.every((m) => isSomeone(m));
  }
  return !EVERYONE.test(owner) || CLASS_OF_UNITS.test(owner) || qualifiedClass(owner);
}

/**
 * `各联席会议成员单位`, `各级各类值班人员`: a class narrowed by what its members are or do names who acts; `各部门`,
 * `各职能部门`, `各有关乡镇`, `高新区各部门、各单位` narrow nothing (RULES.md §7).
 */
function qualifiedClass(owner: string): boolean {
  if (/相关|有关/.test(owner)) return false;
  const m = /(?:各级各类|(?<!各)各)([\u4e00-\u9fa5]{2,10}?)(?:人员|成员单位|单位|部门|科室|代表|委员)$/.exec(
    owner.trim().replace(/[（(][^）)]*[）)]$/, ""),
  );
  return !!m && !/^(?:职能|责任|主管|业务|直属|级|类)/.test(m[1]) && !/[、和及]/.test(m[1]);
}
