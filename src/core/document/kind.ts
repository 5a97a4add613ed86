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
const MINUTES_TITLE = /(?:纪要|议定事项|会议决定事项)(?:的通知)?$|^关于印发.*纪要/;
const NOTICE_TITLE =
  /(?:会议|大会|座谈会|培训班|培训会|论坛|研讨会|推进会|现场会|例会|联席会|恳谈会|动员会|报告会|观摩会|会商会|协调会|对接会|活动)(?:的|有关事项的|有关事宜的)?(?:预备|补充|延期|紧急)?通知$|^关于(?:召开|举办|举行|组织召开|参加|开展).*通知$|通知$/;

/** Words of a notice's body: the meeting is arranged, people are asked to come, replies and contacts. */
const NOTICE_SIGNS: [RegExp, string][] = [
  [/(?:兹|现|特)?(?:定|决定|拟|将|计划)于.{0,60}?(?:召开|举行|举办|开会|进行)/, "定于…召开"],
  [/请.{0,80}?(?:准时|按时|届时)?(?:参加|出席|参会|报到)/, "请…参加"],
  [/(?:准时|按时|届时)(?:参加|出席|参会|到会|报到)/, "准时参加"],
  [/回执|报名表|参会回执/, "回执"],
  [/联系人|联\s*系\s*人/, "联系人"],
  [/报到(?:时间|地点)?/, "报到"],
  [/(?:现将|现就|将).{0,30}?(?:有关事项|有关事宜|具体事项)?通知如下/, "通知如下"],
  [/特此通知/, "特此通知"],
  [/(?:会议|参会|参加)(?:人员|对象|范围)[:：]/, "参会人员"],
];

/** Words of minutes: what the meeting agreed, decided and who attended. */
const MINUTES_SIGNS: [RegExp, string][] = [
  [/会议(?:议定|同意|原则同意|原则通过|决定|研究决定|明确|确定|责成|认为|审议通过|讨论通过)/, "会议同意"],
  [/(?:现)?纪要如下|(?:现将|将)?会议(?:议定|决定)?(?:事项|情况)?纪要如下/, "纪要如下"],
  [/^\s*(?:出席|列席|请假|参会|参加)(?:人员|领导|单位)?\s*[:：]/, "出席"],
  [/^\s*(?:会议)?主持(?:人)?\s*[:：]|[（(]主持人[:：]/, "主持人"],
  [/会议听取了?/, "会议听取"],
  [/^\s*(?:分送|抄送|报送|发送|本期发)\s*[:：]/, "分送"],
];

/** Words of a report about a meeting (a news item) rather than the meeting's own document. */
/** (A date-led opening, `4月18日，县长…主持召开…`, is how minutes begin too: it is no sign of a report.) */
const REPORT_SIGNS = /记者|通讯员|编辑[:：]|责任编辑|【.{0,6}新闻】|日前|近日|据悉/;

/** Reads the kind from the first lines (the title, possibly over several lines) and the body's structure. */
export function readDocumentKind(paragraphs: string[]): KindReading {
  const title = titleOf(paragraphs);
  const notice = signsIn(paragraphs, NOTICE_SIGNS);
  const minutes = signsIn(paragraphs, MINUTES_SIGNS);
  if (title) {
    if (MINUTES_TITLE.test(title)) return { kind: "minutes", evidence: [`标题“${title}”`] };
    if (NOTICE_TITLE.test(title) && minutes.length < notice.length + 3)
      return { kind: "notice", evidence: [`标题“${title}”`] };
  }
  const reported = paragraphs.slice(0, 4).some((p) => REPORT_SIGNS.test(p));
  const bar = reported ? 3 : 2;
  if (notice.length >= bar && notice.length >= minutes.length * 2) return { kind: "notice", evidence: notice };
  if (minutes.length >= bar && minutes.length >= notice.length * 2) return { kind: "minutes", evidence: minutes };
  return { kind: null, evidence: [...notice, ...minutes] };
}

/** The title: the first short lines before the body, joined (a title may run over two or three lines). */
function titleOf(paragraphs: string[]): string | null {
  const lines: string[] = [];
  for (const paragraph of paragraphs.slice(0, TITLE_LINES + 4)) {
    const text = paragraph.replace(/\s+/g, "");
    if (text === "") continue;
    if (/[:：]$/.test(text) || text.length > 80) break;
    lines.push(text);
    const joined = lines.slice(-3).join("");
    const ending = /(?:通知|纪要|议定事项|会议决定事项)$/.exec(joined);
    if (ending) return bestTitle(lines.slice(-3));
    if (lines.length >= TITLE_LINES) break;
  }
  return null;
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
