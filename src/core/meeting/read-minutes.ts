import { type Located, located } from "../document/span";
import { isNumbered, numberingOf, readLabel } from "../document/sections";
import { type DateMention, findDateMentions } from "../text/date-mentions";
import { removeSpaces } from "../text/normalize";
import { readClosing } from "./read-common";

export interface Decision {
  text: Located<string>;
  owner?: Located<string>;
  deadline?: Located<string>;
}

export interface MinutesFacts {
  paragraphs: string[];
  title?: Located<string>;
  number?: Located<string>;
  meetingDate?: Located<DateMention>;
  place?: Located<string>;
  chair?: Located<string>;
  decisions: Decision[];
  personnel: Located<string>[];
  present?: Located<string[]>;
  leave?: Located<string[]>;
  attending?: Located<string[]>;
  distribution?: Located<string>;
  issueDate?: Located<DateMention>;
  body: [number, number];
}

const DECISION_LEAD = /^\s*会议(?:同意|决定|明确|要求|议定|确定|原则同意|研究决定|责成|指出|强调)/;
const DECISION_HEADING = /议定|决定|明确|如下|纪要如下/;
const OWNER =
  /(各(?:单位|部门|乡镇|有关单位|相关部门|责任单位))|由([\u4e00-\u9fa5、和及]{2,40}?)(?:牵头|负责|承办|落实|办理|组织|会同)|([\u4e00-\u9fa5]{0,16}(?:局|委员会|委|办公室|办|处|科|股|室|中心|各单位|各部门|各乡镇|乡镇|街道|政府|公司|领导小组|指挥部|院|所|站|队))(?:牵头|负责|要|抓紧|会同|按照|做好|于|在|务必|进一步|认真|立即|安排|实施|开展|制定|完成|落实|起草|编制|督促|组织|配合|研究|拨付)/;
const DEADLINE =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:前|之前|以前)?|(?:\d{1,2}月|本月|下月|月|年|本年)底前|年内|本周内|本月内|\d+个?(?:工作)?日内|前完成|之前完成|限期|即日起/;
const PERSONNEL = /任免|任命|免去|免职|拟任|聘任|提名[^。；]{0,30}?(?:为|任)/g;
const ATTENDANCE_LABELS = { present: "出席", leave: "请假", attending: "列席" } as const;

export function readMinutes(paragraphs: string[]): MinutesFacts {
  const facts: MinutesFacts = { paragraphs, decisions: [], personnel: [], body: [0, paragraphs.length] };
  let bodyStart = 0;
  for (let i = 0; i < Math.min(paragraphs.length, 8); i++) {
    const text = paragraphs[i].trim();
    if (text === "") continue;
    if (!facts.title && /纪要$/.test(text)) {
      facts.title = at(paragraphs, i, text);
      bodyStart = i + 1;
    } else if (
      facts.title &&
      !facts.number &&
      /^(?:第\s*\d+\s*期|.*[〔[（(]\s*\d{4}\s*[〕\]）)]\s*\d+\s*号)$/.test(text)
    ) {
      facts.number = at(paragraphs, i, text);
      bodyStart = i + 1;
    } else if (facts.title && !facts.issueDate) {
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
  for (let i = bodyStart; i < paragraphs.length; i++) {
    const labelled = readLabel(paragraphs[i], [
      "出席",
      "出席人员",
      "请假",
      "请假人员",
      "列席",
      "列席人员",
      "分送",
      "抄送",
      "发送",
    ]);
    if (!labelled) continue;
    end = Math.min(end, i);
    const key = (Object.keys(ATTENDANCE_LABELS) as (keyof typeof ATTENDANCE_LABELS)[]).find((k) =>
      labelled.label.startsWith(ATTENDANCE_LABELS[k]),
    );
    if (key) facts[key] = located(splitNames(labelled.value), i, labelled.valueStart, labelled.value);
    else facts.distribution = located(labelled.value, i, labelled.valueStart, labelled.value);
  }
  const closing = readClosing(paragraphs, bodyStart);
  if (closing.issueDate) {
    facts.issueDate ??= closing.issueDate;
    end = Math.min(end, closing.start);
  }
  facts.body = [bodyStart, end];
  readIntro(paragraphs, facts);
  facts.decisions = readDecisions(paragraphs, facts.body);
  for (let i = bodyStart; i < end; i++) {
    for (const m of paragraphs[i].matchAll(PERSONNEL)) facts.personnel.push(located(m[0], i, m.index!, m[0]));
  }
  return facts;
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
    const labelled = readLabel(text, ["会议时间", "时间", "会议地点", "地点", "主持人", "主持", "会议主持"]);
    if (labelled) {
      if (/时间/.test(labelled.label) && !facts.meetingDate) {
        const m = findDateMentions(labelled.value)[0];
        if (m)
          facts.meetingDate = located(
            { ...m, start: m.start + labelled.valueStart, end: m.end + labelled.valueStart },
            i,
            m.start + labelled.valueStart,
            m.text,
          );
      } else if (/地点/.test(labelled.label) && labelled.value)
        facts.place ??= located(labelled.value, i, labelled.valueStart, labelled.value);
      else if (/主持/.test(labelled.label) && labelled.value)
        facts.chair ??= located(labelled.value, i, labelled.valueStart, labelled.value);
      continue;
    }
    if (!/召开|举行|主持/.test(text)) continue;
    if (!facts.meetingDate) {
      const m = findDateMentions(text)[0];
      if (m) facts.meetingDate = located(m, i, m.start, m.text);
    }
    const place = /在([^，,。；;]{2,40}?)(?:主持)?(?:召开|举行|开会)/.exec(text);
    if (place) facts.place ??= located(place[1], i, place.index + 1, place[1]);
    const chair = /(?:^|[，,：:\s])([^，,。；;：:]{2,30}?)(?:在[^，,。；;]{2,40}?)?主持(?:召开)?/.exec(text);
    if (chair) {
      const who = chair[1].replace(/^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?/, "").trim();
      if (who) facts.chair ??= located(who, i, text.indexOf(who, chair.index), who);
    }
    if (facts.meetingDate && facts.place && facts.chair) return;
  }
}

/** Numbered items of the body (一、 / 1.), or paragraphs that start `会议同意/决定/明确…`. */
function readDecisions(paragraphs: string[], [from, to]: [number, number]): Decision[] {
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
    for (let i = from; i < to; i++)
      if (DECISION_LEAD.test(paragraphs[i]) && !/[:：]\s*$/.test(paragraphs[i])) items.push({ first: i, last: i });
  }
  return items.map(({ first, last }) => {
    const body = paragraphs[first];
    const text = located(
      body.trim().slice(numberingOf(body.trim()).length),
      first,
      numberingOf(body).length,
      body.slice(numberingOf(body).length),
    );
    const decision: Decision = { text };
    for (let i = first; i <= last; i++) {
      const p = paragraphs[i];
      if (!decision.owner) {
        const m = OWNER.exec(p);
        if (m) {
          const owner = (m[1] ?? m[2] ?? m[3]).trim();
          decision.owner = located(owner, i, p.indexOf(owner, m.index), owner);
        }
      }
      if (!decision.deadline) {
        const m = DEADLINE.exec(p);
        if (m) decision.deadline = located(m[0], i, m.index, m[0]);
      }
    }
    return decision;
  });
}
