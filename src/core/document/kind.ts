import { reportedBy, tellsOfANotice, tellsOfItself } from "./report-marks";

/** What a text is, as far as its title and its structure tell. */
export type DocumentKind = "notice" | "minutes";

export interface KindReading {
  /** The kind the text reads as, or null where neither title nor structure makes it clear. */
  kind: DocumentKind | null;
  /** What the judgement rests on, in Chinese, for the user: `标题“…纪要”`, `正文中“会议同意”“出席”`. */
  evidence: string[];
}

const TITLE_LINES = 6;

/** Title words that make a kind: a 印发 notice that carries minutes is minutes. */
const MINUTES_TITLE = /(?:纪要|议定事项|会议决定事项|会议记录|会议纪录|议事录)(?:的通知)?$|^关于印发.*纪要/;
const NOTICE_TITLE =
  /(?:会议|大会|座谈会|培训班|培训会|论坛|研讨会|推进会|现场会|例会|联席会|恳谈会|动员会|报告会|观摩会|会商会|协调会|对接会|活动)(?:的|有关事项的|有关事宜的)?(?:预备|补充|延期|紧急)?(?:通知|通知单|函)$|^关于(?:召开|举办|举行|组织召开|参加|开展).*(?:通知|函)$|通知单?$|(?:会议|大会|听证会|座谈会|论坛|说明会|咨询会|听证|活动)(?:的|有关事项的)?(?:公告|通告)$|^(?:关于)?(?:召开|举行|举办).*(?:公告|通告)$/;

/** Words of a notice's body: the meeting is arranged, people are asked to come, replies and contacts. */
const NOTICE_SIGNS: [RegExp, string][] = [
  [/(?:兹|现|特)?(?:定|决定|拟|将|计划)于.{0,60}?(?:召开|举行|举办|开会|进行)/, "定于…召开"],
  [/请.{0,80}?(?:准时|按时|届时)?(?:参加|出席|参会|报到)|(?:诚邀|敬邀)[^。]{0,40}?(?:参加|出席|参会)/, "请…参加"],
  [/(?:准时|按时|届时)(?:参加|出席|参会|到会|报到)/, "准时参加"],
  [/回执|报名表|参会回执/, "回执"],
  [/联系人|联\s*系\s*人/, "联系人"],
  [/报到(?:时间|地点)?/, "报到"],
  [
    /(?:现将|现就|将).{0,30}?(?:有关事项|有关事宜|具体事项)?(?:通知|公告|通告)如下|现(?:谨|特)(?:此)?(?:通知|函告|公告)|(?:^|[:：\s])(?:特|现)?通知如下[:：]/,
    "通知如下",
  ],
  [/特此(?:通知|公告|通告)/, "特此通知"],
  // `【通知】首届…论坛议程公布`: a site's column tag that the item is a notice.
  [/^\s*[【[]\s*(?:会议)?通知\s*[】\]]/, "【通知】"],
  [/^\s*各[^。：:]{1,60}[:：]\s*$/, "主送机关"],
  [/(?:决定|研究决定|拟)(?:于[^。]{0,40}?)?(?:召开|举行|举办)/, "决定召开"],
  [/(?:旁听|公众|市民)[^。]{0,24}?(?:报名|登记|联络|致电|查询|申请)|欢迎[^。]{0,20}?(?:旁听|参加|出席)/, "欢迎旁听"],
  [/公听会|听证会|说明会|座谈会事宜/, "听证会"],
  // `二、開會時間：…`, `三、座談會時間及地點：…`: a hearing's own labels (a record heads its lines 会议时间, 主持人, 出席).
  [/(?:^|\s|[一二三四五六七八九十]、)(?:开会|座谈会|公听会|听证会|说明会)(?:时间|地点|日期)/, "开会时间"],
  [/(?:^|\s|[一二三四五六七八九十]、)开会事由/, "开会事由"],
  [/^\s*[【[]?\s*(?:主\s*办|承\s*办|协\s*办)\s*单\s*位\s*[】\]:：]/, "主办单位"],
  // A Hong Kong government release announcing a committee's meeting: `下稿代立法会秘书处发出：…将于…举行会议`.
  [/下稿代[^。]{2,30}?发出/, "代…发出"],
  [/(?:会议|参会|参加)(?:人员|对象|范围)(?:是|为)?[:：]/, "参会人员"],
  // `…向社会公开邀请利益相关方列席区政府常务会议`, `四、邀请对象`: people asked to a meeting still to come.
  [/邀请[^。]{0,40}?(?:列席|旁听)|^\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?邀请对象\s*[:：]?/, "邀请…列席"],
  // `下午2:15在二楼会议室召开…会议`: a clock time and a room for a meeting still to come (no chair, nothing heard yet).
  [
    /^(?![^。]*(?:主持|听取|了|出席|参加了))[^。]{0,12}?(?:上午|下午|晚上)\s*\d{1,2}\s*[:：点时][^。，,]{0,12}?在[^。，,]{2,30}?(?:召开|举行)/,
    "某时在…召开",
  ],
];

/** Words of minutes: what the meeting agreed and decided, and the labelled lines that close them. */
const MINUTES_SIGNS: [RegExp, string][] = [
  [/(?:会议|本次会议|主席会议|常委会)(?:审议|研究|讨论)?(?:并|后)?(?:原则)?(?:通过|同意)/, "会议同意"],
  [/会议(?:议定|决定|研究决定|确定|责成|明确)|会议(?:作出|做出)(?:以下|如下)?部署/, "会议决定"],
  [/(?:现)?纪要如下|(?:现将|将)?会议(?:议定|决定)?(?:事项|情况)?纪要如下/, "纪要如下"],
  [/^\s*(?:出\s*席|列\s*席|请\s*假)(?:会议)?(?:人员|领导|单位)?\s*[:：]/, "出席"],
  [/^\s*(?:会议)?主持(?:人)?\s*[:：]|[（(]主持人[:：]/, "主持人"],
  [/^\s*(?:分送|抄送|报送|发送|本期发)\s*[:：]/, "分送"],
];

/**
 * The record a meeting's own office publishes (常务会议, 办公会): it opens with the day the meeting was
 * held and who chaired it, then says who attended or what the meeting 听取/指出/强调/要求. A notice
 * says the meeting 定于/将于 be held; this says it was.
 */
/** What a record calls the meeting it was held as: `会议`, `办公会`, `党委会`, `周会`. */
const MEETING_NOUN =
  "(?:会议|办公会|常务会|常委会|党委会|党组会|例会|周会|月会|座谈会|协调会|推进会|调度会|联席会|专题会|工作会|务虚会|(?:答复|通报|汇报|分析|部署|评审|论证|见面|碰头|交流|点评|讲评|研判|总结|述职|评议|调研|观摩|动员|培训|会商|电话|视频|谈话|茶话|恳谈|表彰|誓师|研讨|讨论|审议|评估|协商|推介|启动|警示|约谈|反馈|对接|学习|联谊|生活)会|大会|续会|年会|全会)";
// `11月16号下午`, and `2025月7月29日` with its 年 mistyped: the day the record opens with.
const DAY_LED = "^\\s*(?:\\d{4}[年月])?\\d{1,2}月?\\d{0,2}[日号](?:上午|下午|晚上|晚|早上)?";
const RECORD_OPENING = new RegExp(
  [
    `${DAY_LED}[^。]{0,60}?(?:主持召开|召开|主持|举行)[^。]{0,60}?${MEETING_NOUN}`,
    // `12月7日，学校…工作会议在…会议室举行`: the meeting named before the verb.
    `${DAY_LED}[，,]?[^。]{0,60}?${MEETING_NOUN}[^。]{0,40}?(?:召开|举行|闭幕|开幕)`,
    `主持召开[^。]{0,60}?${MEETING_NOUN}`,
    // `1月23日，30余名离退休老干部与…齐聚一堂，共话发展`: a gathering held, told by its day.
    `${DAY_LED}[，,]?[^。]{0,80}?齐聚一堂`,
    // `为…，7月29日下午，…联席会议在…召开`, `…，近日，某镇召开…会议，…参加会议`: the day after a clause of purpose.
    `(?:^|[，,])\\s*(?:近日|日前|近期|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上)?)[，,]?[^。]{0,60}?(?:召开|举行)[^。]{0,40}?${MEETING_NOUN}`,
    `(?:^|[，,])\\s*(?:近日|日前|近期|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上)?)[，,]?[^。]{0,60}?${MEETING_NOUN}[^。]{0,40}?(?:召开|举行)`,
    `召开[^。]{0,60}?${MEETING_NOUN}[^。]{0,80}?主持(?:会议|召开)?`,
    // `为…，教务处于3月7日在行政楼第二会议室召开…研判会`: the day after the body that held it.
    `于(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上)?[^。]{0,40}?(?:召开|举行)(?:了)?[^。]{0,40}?${MEETING_NOUN}`,
  ].join("|"),
);
const NOT_HELD_YET = /(?:定于|将于|拟于|计划于|决定于|将|拟)[^。]{0,40}?(?:召开|举行)/;
const RECORD_SIGNS: [RegExp, string][] = [
  [
    /(?:参加|出席|列席)(?:了)?(?:会议|本次会议|座谈(?!会)|座谈会[。；;])|(?:参会|参加会议|出席会议)的(?:有|人员有|单位有)|(?:负责人|负责同志|同志|代表|人员|干部|成员)(?:等)?(?:[\d一二三四五六七八九十余多]+人)?(?:参加|出席|列席|参会)[。；;]/,
    "…参加会议",
  ],
  // `…各专班分别汇报了…`: reports already given.
  [/(?:分别|先后|相继)汇报了|作了[^。]{0,12}汇报|作交流发言|作了?[^。]{0,8}?交流发言/, "…汇报了"],
  // `…处长认真听取了各位教师反映的问题和意见`: what was heard at the meeting, told afterwards.
  [/听取了[^。]{0,30}?(?:意见|建议|汇报|发言|报告)/, "…听取了意见"],
  [/会议由[^。，,]{2,20}?主持|会上[^。]{0,30}?(?:传达|强调|要求|指出|部署)/, "会议由…主持"],
  [
    /^\s*(?:会议|本次会议|会上)(?:还|先后|首先|分别|并|专题)?(?:听取|审议|研究|指出|强调|要求|明确|传达|认为|讨论|通报)/,
    "会议听取/指出",
  ],
  // `会上集中学习了…`, `会议首先由派出所所长传达…`: what was done at the meeting, told afterwards.
  [/^\s*(?:(?:座谈|全体|常委|全委|代表)?会上[，,]?|会议(?:首先|还|最后|随后)?由)/, "会上…"],
  // `市妇联党组书记、主席杨爱云强调…`, `欧阳理事长传达…`: a leader's words at the meeting, reported.
  [
    /(?:书记|主任|局长|厅长|县长|市长|区长|镇长|乡长|理事长|会长|主席|院长|校长|场长|站长|所长|部长|处长|科长|组长|队长|秘书长)[\u4e00-\u9fa5]{0,4}?(?:同志)?(?:在讲话中|在[\u4e00-\u9fa5]{0,6}会上|在会议上|最后)?[，,]?(?:强调|指出|要求|希望|传达|总结|(?:对[^。]{0,30}?)?(?:提出|作)(?:了)?[^。]{0,6}?要求)/,
    "领导…强调",
  ],
  [/(?:召开|举行|传达|学习|观看|签订|部署)了/, "召开了/传达了"],
  // `…选举产生了新一届理事会`, `…当选为会长`, `…一致通过`: a vote already taken.
  [/选举(?:产生)?了|选举产生|当选为|(?:一致|表决|审议)通过/, "选举/通过了"],
  // `…副区长王珏、张永出席。`, `…局长查学军主持。`: who attended or chaired, told as done (not `请…准时参加。`).
  [/(?<!(?:请|须|要|应)[^。；;]{0,60})(?:出席|参加|列席|主持)(?:了)?(?:会议)?[。；;]/, "…出席/主持"],
];

/**
 * A record's header: who chaired, who attended, who took the record, each on a labelled line. A notice has its
 * 会议时间 and 会议地点 too, never these; two of them make the text the meeting's record, whoever published it.
 */
const RECORD_HEADER =
  /^\s*(?:会议)?(主持人|主持|主席|记录人|记录|与会人员|与会者|与会单位|出席人员|出席领导|出席|列席人员|列席|缺席人员|缺席|请假人员)\s*[:：]/;

const PUBLISHED_RECORD = /公告[^。]{0,60}?会议(?:纪录|记录)|会议(?:纪录|记录)[^。]{0,12}?(?:特此)?公告/;

/** Reads the kind from the first lines (the title, possibly over several lines) and the body's structure. */
export function readDocumentKind(paragraphs: string[]): KindReading {
  const title = titleOf(paragraphs);
  const notice = [...signsIn(paragraphs, NOTICE_SIGNS), ...labelledTimeAndPlace(paragraphs)];
  const minutes = signsIn(paragraphs, MINUTES_SIGNS);
  const header = new Set(paragraphs.slice(0, 15).flatMap((p) => RECORD_HEADER.exec(p)?.[1].slice(0, 2) ?? []));
  const report = reportedBy(paragraphs);
  // A record's labelled header is its structure; a credit or a dateline still makes it a news item (clause 2 before 3).
  const minutesTitle = title !== null && MINUTES_TITLE.test(title);
  const reporter = report === "reporter" || report === "own-voice";
  if (header.size >= 2 && !(title && NOTICE_TITLE.test(title)) && (!reporter || minutesTitle))
    return { kind: "minutes", evidence: [...header].map((label) => `“${label}：”`) };
  if (title) {
    if (MINUTES_TITLE.test(title)) return { kind: "minutes", evidence: [`标题“${title}”`] };
    if (NOTICE_TITLE.test(title) && minutes.length < notice.length + 3)
      return { kind: "notice", evidence: [`标题“${title}”`] };
    // `某市公所 公告` over `…办理公听会事宜`: a 公告 that arranges a meeting announces it.
    if (/(?:公告|通告)$/.test(title) && notice.length >= 1 && minutes.length === 0)
      return { kind: "notice", evidence: [`标题“${title}”`, ...notice] };
  }
  // `主旨：公告周知…第1場公聽會會議紀錄`: a 公告 that publishes a past meeting's record neither calls it nor is its record.
  if (paragraphs.slice(0, 3).some((p) => PUBLISHED_RECORD.test(p))) return { kind: null, evidence: notice };
  // `…我局组织开展了…编制工作。…我局拟召开《规划》听证会。现将具体事项公告如下` with its 回执 and 联系人: an office's own notice.
  if (report === "own-voice" && notice.length >= 3 && notice.length >= minutes.length * 2)
    return { kind: "notice", evidence: notice };
  if (reporter) return { kind: null, evidence: [...notice, ...minutes] };
  if (paragraphs.slice(0, 4).some(tellsOfANotice)) return { kind: null, evidence: notice };
  if (notice.length >= 2 && notice.length >= minutes.length * 2) return { kind: "notice", evidence: notice };
  // An office or a place telling of its own meeting (`我院在六楼会议室召开了…`, `…推动我市老龄工作…`) reports it
  // (ANNOTATING.md, "Report or record", clause 2); a notice says 我市 as a matter of course.
  const ownNews = paragraphs.some(tellsOfItself);
  if (ownNews) return { kind: null, evidence: [...notice, ...minutes] };
  if (minutes.length >= 1 && notice.length === 0) return { kind: "minutes", evidence: minutes };
  if (minutes.length >= 2 && minutes.length >= notice.length * 2) return { kind: "minutes", evidence: minutes };
  const headline = headlineOf(paragraphs);
  const held = signsIn(paragraphs, RECORD_SIGNS);
  // `株洲市妇联召开十一届五次执委会议` over who chaired, attended and what was required: a record of a meeting held.
  const opening = recordOpening(paragraphs);
  if (headline && held.length + minutes.length + (opening >= 0 ? 1 : 0) >= 1 && notice.length <= 1)
    return { kind: "minutes", evidence: [`标题“${headline}”`, ...minutes, ...held] };
  const record = recordSigns(paragraphs, opening);
  // A record opening `近日，…主持召开…` on the government's site is still the meeting's own record.
  // The record's past-tense opening outweighs a sentence about the next meeting (`…将于2月13日召开`).
  if (record.length > notice.length) return { kind: "minutes", evidence: record };
  return { kind: null, evidence: [...notice, ...minutes, ...record] };
}

/** The paragraph, among the first ten, of the sentence that opens a record (`…主持召开…会议`), or -1. */
function recordOpening(paragraphs: string[]): number {
  // Labelled lines (会议时间：… / 会议议题：…) may come before the sentence that opens the record.
  return paragraphs.slice(0, 10).findIndex((p) => RECORD_OPENING.test(p) && !NOT_HELD_YET.test(p));
}

function recordSigns(paragraphs: string[], opening: number): string[] {
  if (opening < 0) return [];
  const signs = signsIn(paragraphs.slice(opening), RECORD_SIGNS);
  return signs.length ? ["“…主持召开…会议”", ...signs] : [];
}

/**
 * A headline that says a meeting was held (`…召开…会议`, `…会议在昆明召开`, `…组织…学习…精神`): a record's title, never a
 * notice's, which is called a 通知 or 公告 or says the meeting 定于/将 be held.
 */
const HELD_HEADLINE = new RegExp(
  `^[^，,]*?(?:召开|举行|举办|组织)[^。，,；;：:]{0,40}?(?:${MEETING_NOUN}|会)|${MEETING_NOUN}[^。，,；;：:]{0,12}?(?:召开|举行|闭幕)$`,
);

function headlineOf(paragraphs: string[]): string | null {
  const [first = "", second = ""] = paragraphs.filter((p) => p.trim() !== "").map((p) => p.trim());
  // A headline may run over two printed lines (`…——共青团高桥乡第十届三次代表大会` / `胜利召开`).
  for (const line of [first, first + second]) {
    if (line.length > 60 || /[。；;：:，,]/.test(line) || NOTICE_TITLE.test(line) || NOT_HELD_YET.test(line)) continue;
    if (HELD_HEADLINE.test(line) && !/(?:通知|公告|通告|的函)$/.test(line) && (line === first || first.length >= 20))
      return line;
  }
  return null;
}

const RUN_ON_TITLE = /^(关于[^。：:，,；;]{2,60}?(?:的通知|纪要|议定事项|的公告|的通告))(?=[^。：:，,；;]{1,40}[:：])/;

/** The title: the first short lines before the body, joined (a title may run over two or three lines). */
function titleOf(paragraphs: string[]): string | null {
  const lines: string[] = [];
  for (const paragraph of paragraphs.slice(0, TITLE_LINES + 4)) {
    const text = withoutIssueNumber(paragraph.replace(/\s+/g, ""));
    if (text === "") continue;
    // A text pasted as one paragraph: `关于举办…培训班的通知县直各部门:为…` opens with its title.
    const leading = lines.length === 0 && text.length > 80 ? RUN_ON_TITLE.exec(text) : null;
    if (leading) return leading[1];
    if (/[:：]$/.test(text) || text.length > 80) break;
    lines.push(text);
    const joined = lines.slice(-3).join("");
    const ending = /(?:通知|通知单|纪要|议定事项|会议决定事项|会议记录|会议纪录|议事录|公告|通告|的函)$/.exec(joined);
    if (ending) return bestTitle(lines.slice(-3));
    if (lines.length >= TITLE_LINES) break;
  }
  return null;
}

/** `…党政联席会议纪要（2019年第5期）`, `…纪要〔2020〕3号`: the title without the number written after it. */
export function withoutIssueNumber(title: string): string {
  return title
    .replace(/\s*[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]$/, "")
    .replace(/\s*[（(〔［[]?[^（(〔［[]{0,14}?(?:第\s*\d+\s*[期次号]|\d{4}\s*[〕］\]）)]\s*\d+\s*号)[）)〕］\]]?$/, "");
}

/** Of the last lines, the shortest run ending at the last that starts a title (`关于…`) or the whole run. */
function bestTitle(lines: string[]): string {
  for (let from = lines.length - 1; from >= 0; from--) {
    if (/^关于/.test(lines[from])) return lines.slice(from).join("");
  }
  return lines.at(-1)!.length >= 4 ? lines.at(-1)! : lines.join("");
}

function signsIn(paragraphs: string[], signs: [RegExp, string][]): string[] {
  return signs.filter(([re]) => paragraphs.some((p) => re.test(p))).map(([, name]) => `“${name}”`);
}

/** `日期：2024年2月2日` over `地點：…政府總部西翼2樓會議廳`, `【日期時間】…`: a time with its date and a place, each labelled. */
const LABELLED_TIME =
  /^\s*(?:[一二三四五六七八九十]+、\s*)?[【[]?\s*(?:[\u4e00-\u9fa5]{0,4}?(?:日\s*期|时\s*间))(?:\s*时间)?(?:及地点)?\s*[】\]:：]\s*\S*\d{1,4}\s*[年月/]/;
const LABELLED_PLACE = /^\s*(?:[一二三四五六七八九十]+、\s*)?[【[]?\s*(?:会议|活动|开会)?地\s*点\s*[】\]:：]\s*\S/;

/** `各学院: 通知如下: 1、典礼时间: 6月27日… 2、典礼地点:…`: the same labels, numbered, in a text pasted as one paragraph. */
const NUMBERED_TIME_AND_PLACE =
  /(?:^|\s)(?:\d{1,2}|[一二三四五六七八九十])[、.．]\s*[\u4e00-\u9fa5]{0,4}时\s*间\s*[:：][^。]{0,30}?\d{1,2}\s*月[^。]{0,60}?(?:\d{1,2}|[一二三四五六七八九十])[、.．]\s*[\u4e00-\u9fa5]{0,4}地\s*点\s*[:：]/;

/** `一、会议时间` alone over `2018年3月7日(星期三)上午9点30分`: a heading with the date on the line under it. */
const TIME_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:会议|活动|开会)?(?:时\s*间|日\s*期)\s*[:：]?\s*$/;
const PLACE_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:会议|活动|开会)?地\s*点\s*[:：]?\s*$/;

function labelledTimeAndPlace(paragraphs: string[]): string[] {
  // The pasted paragraph may reach us broken into lines (a PDF's): the two labels may stand on neighbouring lines.
  if (paragraphs.some((p, i) => NUMBERED_TIME_AND_PLACE.test(`${p} ${paragraphs[i + 1] ?? ""}`)))
    return ["“时间：…地点：…”"];
  const time = paragraphs.findIndex(
    (p, i) => LABELLED_TIME.test(p) || (TIME_HEADING.test(p) && /\d{1,2}\s*月/.test(paragraphs[i + 1] ?? "")),
  );
  if (time < 0) return [];
  const both =
    /及地点/.test(paragraphs[time]) ||
    paragraphs.slice(time, time + 4).some((p) => LABELLED_PLACE.test(p) || PLACE_HEADING.test(p));
  return both ? ["“时间：…地点：…”"] : [];
}
