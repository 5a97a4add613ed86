import { isPersonName } from "../text/person-name";

/**
 * The marks of a news item about a meeting, as against the meeting's own document (tests/corpus/ANNOTATING.md,
 * "Report or record", clause 2): a reporter, a credit or a dateline, a day told from the paper's date, a body or a
 * place telling of itself. The kind reader weighs them against a notice's and a record's own signs.
 */

/**
 * Words of a news item about a meeting rather than the meeting's own document: a reporter, a news
 * column, an office writing about itself (`我局党组召开…`), a byline closing the text (`（宋少奇）`).
 * (A date-led opening, `4月18日，县长…主持召开…`, is how records begin too: it is no sign of a report.)
 */
const REPORT_SIGNS = /【.{0,6}新闻】|日前|近日|据悉|据了解/;
/**
 * Signs that a text is a report whatever it quotes of the meeting's decisions: a news agency's dateline
 * (`新华社北京2月26日电`), a reporter, an office writing about itself, a byline.
 */
const REPORTER_SIGNS =
  /(?:新华社|中新社|人民日报|央视|中国新闻网|新华网|人民网)[^，,。]{0,12}?电|^[^，,。]{0,12}?\d{1,2}月\d{1,2}日电|本报讯|本台讯|本网讯|[【[]\s*本[报台网]消息\s*[】\]]|[（(][^（）()]{0,12}?\d{1,2}日讯[）)]|^[^，,。]{0,16}?(?:[网报台社]|\d{1,2}月\d{1,2}日)讯(?=\s|[，,：:]|$)|^\s*【\s*记者[^】]{0,10}】|记者[^。，,]{0,12}?(?:获悉|了解到)|[（(]\s*[\u4e00-\u9fa5]{0,5}记者|记者\s*[\u4e00-\u9fa5]{2,3}\s*(?:报道|摄|[）)])|通讯员|编辑[:：]|责任编辑/;
/**
 * `我局党组召开…`, `…，我局组织开展了…`: an office telling of itself, which is how its news desk writes — and how its
 * own notice gives the background before `我局拟召开…听证会`, so a notice's own signs may outweigh it.
 */
const OWN_VOICE = /^我(?:局|县|市|区|委|办|院|校|乡|镇)|[，,。]我(?:局|县|市|区|委|办|院)(?:党组|领导|召开|组织)/;
/** `我院在六楼会议室召开了…`, `…，我局将跟进`: an office the subject of what it tells (not `结合我中心实际`, in passing). */
const OWN_OFFICE =
  /(?:^|[，,。；;])\s*我(?:局|院|校|所|处|厅|中心)(?![长内外])|我(?:局|院|校|所|处|厅|中心)[^。，,]{0,20}?(?:召开|举行|组织)/;
/**
 * A news item that tells of a notice (`昨日，市人大常委会办公厅发出公告`, `…会议召开在即`, `据悉，…议程包括`): it
 * reports the coming meeting, as the notice itself never does (ANNOTATING.md, "Report or record", clause 2).
 */
const NEWS_OF_A_NOTICE =
  /据悉|据了解|召开在即|(?:昨日|昨天|今天|今日|昨[（(]\d{1,2}[）)]日)[，,]?[^。]{0,30}?(?:发出|发布|开始|召开|举行|出台|获悉)/;

/** `吕灵昌指出，今天召开座谈会主要是…`: a day said by a speaker is theirs, not the paper's. */
export function tellsOfANotice(paragraph: string): boolean {
  const m = NEWS_OF_A_NOTICE.exec(paragraph);
  return m !== null && !/(?:指出|强调|表示|说|讲话|介绍)[，,：:]?[^。]{0,12}$/.test(paragraph.slice(0, m.index));
}
/** `（宋少奇）`, `（南方都市报）` closing the text: a reporter's or a paper's byline; `（县政府办）` is the office's own. */
const BYLINE =
  /[（(](?:(?:作者|供稿|撰稿|撰文|通讯员|文|稿件来源)\s*[:：]\s*|[^（）()]{2,24}\s)?([\u4e00-\u9fa5]{2,16})[）)]\s*$/;
const MEDIA = /(?:报|台|网|社|新闻|电视|广播|日报|晚报|融媒)$/;
/**
 * `文/图：李璐`, `供稿:宣传部 编审:石岩`, `通联：…服务中心 王树民`: a credit line among the closing lines, as a news item
 * signs itself (ANNOTATING.md, "Report or record", clause 2). A record's 落款 names a body over a date, never a credit.
 */
const CREDIT_WORD =
  "(?:[\u4e00-\u9fa5]{0,5}记者|文|图|文[／/、]图|摄影|摄像|摄|撰稿|撰文|拟稿|供稿|稿件来源|来源|作者|通讯员|通联|审核|审稿|编审|签审|编辑|责编|责任编辑|校对|初审|复审|终审|发布)";
const CREDIT_LINE = new RegExp(
  `^\\s*[（(]?\\s*${CREDIT_WORD}\\s*[:：]|^\\s*(?:编辑|责编|审核|审稿|校对|撰稿|供稿|通讯员|摄影|初审|复审|终审)(?:\\s+[\\u4e00-\\u9fa5]{2,4})+\\s*$`,
);
/** `…会议还研究了其他事项。(审核:刘秋生)`, `(文、图/杨茹 审/牛伟)`: the same credit, in brackets ending the last line. */
const CREDIT_CLOSING = new RegExp(`[（(]\\s*${CREDIT_WORD}\\s*[:：/／][^（）()]{1,40}[）)]\\s*$`);
const CLOSING_LINES = 3;

/** `（县政府办）`, `（州政府辦秘書四科）`, `（重点办供稿）`: a body's name, as a bracketed credit gives it. */
const BODY = /(?:局|办|处|科|室|委|会|院|站|所|中心|部|厅|组|校|中学|政府|法院|检察院|公司|集团)(?:供稿)?$/;

/**
 * Whether the text reports the meeting: by a reporter or agency (whatever it quotes), a credit (`（宋少奇）`, `（州政府办）`,
 * even the meeting's own office: a bracketed credit is how a site signs a news item), a body telling of itself
 * (`…推动我市老龄工作…`), or by a news column.
 */
export function reportedBy(paragraphs: string[]): "reporter" | "own-voice" | "column" | null {
  const closing = paragraphs.filter((p) => p.trim() !== "").slice(-CLOSING_LINES);
  const last = closing.at(-1) ?? "";
  const head = paragraphs.slice(0, 4).map((p) => p.trim());
  // A byline broken over the last two lines as a PDF prints it: `…(记 者:吴阳金 见习记者` over `汪子妍)`.
  const byline = (BYLINE.exec(last) ??
    (/^[^（(]*[）)]\s*$/.test(last) ? BYLINE.exec(closing.slice(-2).join(" ")) : null))?.[1];
  if (
    head.some((p) => REPORTER_SIGNS.test(p)) ||
    (byline && (isPersonName(byline) || MEDIA.test(byline) || BODY.test(byline))) ||
    closing.some((p) => CREDIT_LINE.test(p)) ||
    // A credit broken over the last two lines (`…(拟稿:柯伟,审核:陶丽,` / `发布:柯伟)`) as a PDF prints it.
    CREDIT_CLOSING.test(closing.slice(-2).join(""))
  )
    return "reporter";
  if (head.some((p) => OWN_VOICE.test(p))) return "own-voice";
  return head.some((p) => REPORT_SIGNS.test(p)) ? "column" : null;
}

/** `我市`, `我县`: the writer's own place, or a speaker's who is of it. */
const OWN_PLACE = /我(?:省|市|县|区|州|盟|旗|镇|乡|街道)(?![长委])/;
/** `我会第五届换届大会`, `并对我院周质效进行了点评`: a body naming itself, which a visiting speaker never does. */
const OWN_BODY =
  /(?<!结合|根据|按照|立足|符合|切合)我(?:局|院|校|所|处|厅|中心)(?![长内外])|我会(?=第|的|各|全|换届|会员|理事|秘书|工作)/;
/** Where a paragraph starts telling what someone said (`他强调，`, `会议要求：`), the rest is theirs, not the writer's. */
const SPEECH = /(?:强调|指出|要求|表示|认为|提出|希望|说|讲话中|总结时|动员时|通报了|汇报了|传达了)[，,：:]?/;
/**
 * `他…对我区红十字工作提出了明确要求`, `…对我市河长制工作给予了充分肯定`: the gist of what a speaker said, in the
 * writer's words; its 我区 is the speaker's (ANNOTATING.md, "Report or record", clause 2).
 */
const SPEECH_SUMMARY =
  /^\s*(?:就|围绕|针对|对于|关于)[^。]{0,50}?[，,][^。，,]{0,16}?(?:强调|指出|要求|表示|提出)|给予(?:了)?[^。]{0,10}?(?:肯定|支持|感谢|表扬)|表示(?:了)?[^。]{0,10}?(?:感谢|祝贺|肯定)|提出(?:了)?[^。]{0,12}?(?:要求|意见|建议|希望)|(?:进行|作)(?:了)?[^。]{0,10}?(?:介绍|说明|讲话|报告|点评)/;
/** A sentence the meeting is the subject of (`会议听取了…关于我市…的汇报`): the matter's own name, not the writer's voice. */
const MEETING_SUBJECT = /^\s*(?:会议|会上|本次会议|与会)/;

/**
 * Whether a paragraph tells in the writer's own voice of `我市`/`我县` (`…全力推动我市老龄工作高质量发展`,
 * `…对我市河长制工作给予了充分肯定`): the writer is the place's news desk, not the meeting's record (ANNOTATING.md,
 * "Report or record", clause 2). A 我市 in what a leader or the meeting said, or in a title, does not count.
 */
function narratesAsOwnPlace(paragraph: string): boolean {
  // A body naming itself is the writer even in the gist of what a speaker did; only their quoted words are theirs.
  if (sentencesOf(paragraph, QUOTE_OPENER).some(({ own }) => OWN_BODY.test(own))) return true;
  return sentencesOf(paragraph, SPEECH).some(
    ({ own, whole }) => OWN_PLACE.test(own) && !MEETING_SUBJECT.test(whole) && !SPEECH_SUMMARY.test(whole),
  );
}

/**
 * The paragraph's sentences, each with the part the writer says in their own voice: up to where someone starts
 * being told (`opener`), and without titles or quotations (`审议通过了《关于我州…的调研报告》`).
 */
function sentencesOf(paragraph: string, opener: RegExp): { whole: string; own: string }[] {
  const told = opener.exec(paragraph);
  const said = told ? told.index : paragraph.length;
  const sentences: { whole: string; own: string }[] = [];
  let at = 0;
  for (const whole of paragraph.split(/(?<=[。！!])/)) {
    if (at >= said) break;
    sentences.push({ whole, own: whole.slice(0, said - at).replace(/《[^》]*》|“[^”]*”/g, "") });
    at += whole.length;
  }
  return sentences;
}

/** `他强调，…`, `院长指出：…`: where a speaker's own words begin. */
const QUOTE_OPENER = /(?:强调|指出|要求|表示|认为|希望|说)[，,：:]/;

/** `我院在六楼会议室召开了…`, `…推动我市老龄工作…`: an office or a place telling of its own meeting. */
export function tellsOfItself(paragraph: string): boolean {
  return OWN_OFFICE.test(paragraph) || narratesAsOwnPlace(paragraph);
}
