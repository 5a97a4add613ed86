import { isNumbered, numberingOf } from "../document/sections";
import { type Located, located } from "../document/span";

export interface Decision {
  text: Located<string>;
  owner?: Located<string>;
  deadline?: Located<string>;
}

/** A heading that announces the decisions: `现将会议议定事项纪要如下：`, `会议明确：`. */
const DECISION_HEADING = /议定|决定|明确|如下|纪要如下/;
/** A paragraph of what the meeting did: `会议原则通过…`, `会议听取了…汇报`, `本次主席会议原则同意…`. */
const MEETING_LEAD =
  /^\s*(?:会议|本次(?:[\u4e00-\u9fa5]{0,4})?会议|会上)(?:还|先后|首先|分别|专题|一致)?(?:同意|决定|明确|要求|议定|确定|原则|研究|责成|指出|强调|认为|听取|审议|讨论|传达|通过|就)/;
/** `会议还研究了其他事项。`: the closing line of a record, not a decision. */
const OTHER_BUSINESS = /^\s*会议还/;
/**
 * What makes a paragraph a decision rather than a report or an assessment: something agreed, or
 * something required of someone (`要…`, `必须…`, `请…`, `确保…`). `要` inside 重要/主要/需要 is no requirement.
 */
const DECIDES =
  /通过|同意|决定|议定|确定|责成|要求|(?<![重主需纲摘必提概扼只])要(?![点素闻件])|必须|务必|应当|请(?!示)|负责|牵头|确保|抓紧|尽快|进一步|研究(?:在|将|把|对)/;

const UNIT =
  /[\u4e00-\u9fa5]{0,16}?(?:局|委员会|委|办公室|办|处|科|股|室|中心|街道|乡镇|政府|公司|领导小组|工作组|起草组|小组|指挥部|专班|院|所|站|队|部门|单位)/
    .source;
const ACTS =
  /(?:牵头|负责|要|抓紧|会同|按照|做好|抓好|于|在|务必|进一步|认真|立即|安排|实施|开展|制定|制订|完成|落实|起草|编制|督促|组织|配合|研究|拨付|尽快|根据|修改|修订|完善|明确|提交|报送|上报|推进|加快|加强|建立|指导|协调|筹备|筹集|整改|清理|核查|排查|审核|出台|印发|办理)/
    .source;
/** `由区财政局牵头`, `请西属巴街道尽快…`, `要求区政府办公室根据…`, `区林业局要…`, `环保、住建等相关部门要…`. */
const OWNER = new RegExp(
  `由([\\u4e00-\\u9fa5、和及]{2,40}?)(?:牵头|负责|承办|落实|办理|组织|会同|担任)|(?:请|要求|责成)(${UNIT})|((?:[\\u4e00-\\u9fa5]{2,8}、)*[\\u4e00-\\u9fa5]{2,8}等(?:相关|有关)?(?:部门|单位))|(${UNIT})${ACTS}`,
  "g",
);
const MEETING_WORDS = /^(?:会议|本次会议|会上)(?:还|原则|一致|研究)?(?:同意|要求|决定|明确|议定|责成|确定|强调|指出)?/;
/** `各级各部门`, `各相关部门`, `高新区各部门、各单位`: everyone, so no one in particular. */
const EVERYONE = /各|^(?:相关|有关)|^全/;

const DEADLINE =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:前|之前|以前)?|\d{1,2}月(?:底|末|上旬|中旬|下旬)|(?:本月|下月|月|年|本年|年度)底前|年内|本周内|本月内|\d+个?(?:工作)?日内|前完成|之前完成/;

/**
 * The decisions of the body: numbered items (一、 / 1.) after any heading that announces them, or
 * else every paragraph where the meeting decided or required something (RULES.md §7).
 */
export function readDecisions(paragraphs: string[], [from, to]: [number, number]): Decision[] {
  const topLevel = (p: string) => /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[.．、](?!\d))/.test(p);
  const headingAt = paragraphs
    .slice(from, to)
    .findIndex((p) => !isNumbered(p) && DECISION_HEADING.test(p) && /[:：]\s*$/.test(p.trim()));
  const start = headingAt >= 0 ? from + headingAt + 1 : from;
  const items: { first: number; last: number }[] = [];
  for (let i = start; i < to; i++) {
    const text = paragraphs[i];
    if (topLevel(text)) items.push({ first: i, last: i });
    else if (items.length && text.trim() !== "") items[items.length - 1].last = i;
  }
  if (items.length === 0) {
    for (let i = from; i < to; i++) if (isDecision(paragraphs[i])) items.push({ first: i, last: i });
  }
  return items.map(({ first, last }) => decisionAt(paragraphs, first, last));
}

function isDecision(paragraph: string): boolean {
  if (/[:：]\s*$/.test(paragraph) || OTHER_BUSINESS.test(paragraph) || !MEETING_LEAD.test(paragraph)) return false;
  return DECIDES.test(paragraph);
}

function decisionAt(paragraphs: string[], first: number, last: number): Decision {
  const body = paragraphs[first];
  const numbering = numberingOf(body);
  const decision: Decision = {
    text: located(
      body.trim().slice(numberingOf(body.trim()).length),
      first,
      numbering.length,
      body.slice(numbering.length),
    ),
  };
  for (let i = first; i <= last; i++) {
    const p = paragraphs[i];
    decision.owner ??= ownerIn(p, i);
    if (!decision.deadline) {
      const m = DEADLINE.exec(p);
      if (m) decision.deadline = located(m[0], i, m.index, m[0]);
    }
  }
  return decision;
}

function ownerIn(paragraph: string, i: number): Located<string> | undefined {
  for (const m of paragraph.matchAll(OWNER)) {
    // `会议同意县财政局安排…`: the unit, without the words of the meeting before it.
    const found = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
    const owner = found.replace(MEETING_WORDS, "") || found;
    if (EVERYONE.test(owner) && !m[3]) continue;
    return located(owner, i, paragraph.indexOf(owner, m.index), owner);
  }
  return undefined;
}
