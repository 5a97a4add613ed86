import { writtenDate, writtenDateTime, writtenEnd } from "./form-dates";
import type { Minutes, Notice } from "./notice";

const CHINESE_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** The role a line plays in GB/T 9704 layout; the renderer styles by it. */
export type BlockKind =
  | "copyNumber"
  | "secrecy"
  | "urgency"
  | "issuerMark"
  | "docNumber"
  | "title"
  | "recipients"
  | "body"
  | "heading1"
  | "heading2"
  | "attachment"
  | "signature"
  | "date"
  | "note"
  | "attendance"
  | "distribution"
  | "copyTo"
  | "printed";

export interface Block {
  kind: BlockKind;
  text: string;
  /** The form field the line comes from, so a finding can show under its field. */
  field: string | null;
  /** For 出席/请假/列席 lines: the label, set apart in 黑体. */
  label?: string;
  /** For a joint notice's 标志 (联合行文): the issuers, stacked, with 文件 beside them. */
  issuers?: string[];
}

/** The issuers of a notice: one, or several for a joint notice (written 甲、乙, or one to a line). */
export function issuersOf(issuer: string | undefined): string[] {
  return (issuer ?? "")
    .split(/[、，,；;\n]+/)
    .map((name) => name.trim().replace(/文件$/, ""))
    .filter(Boolean);
}

function ordinal(n: number): string {
  return CHINESE_ORDINALS[n] ?? String(n + 1);
}

const clean = (items: string[] | undefined) => (items ?? []).map((s) => s.trim()).filter(Boolean);

/** A phrase as a clause: its own closing punctuation dropped, so the template's punctuation never doubles it. */
const clause = (text: string | undefined) => (text ?? "").trim().replace(/[，。,.：:；;、\s]+$/, "");

/** A purpose that says why or on what ground (为…, 根据…, 经…研究) opens with its own word; a bare aim takes 为. */
const PURPOSE_OPENER =
  /^(?:为|根据|按照|依照|依据|遵照|按|据|经|鉴于|针对|随着|基于|应|受|在|近|今年|当前|目前|本着|结合)/;

/** 总结今年防汛工作 → 为总结今年防汛工作: the template's 决定召开 needs the 为 a clerk leaves out. */
function purposeClause(why: string): string {
  return PURPOSE_OPENER.test(why) ? why : `为${why}`;
}

/**
 * The opening sentence, built from what the user wrote: a purpose that already says the meeting is held (定于…召开,
 * 决定举办…) is not followed by 决定召开 again, and 现将有关事项通知如下 is said once.
 */
function noticeOpening(n: Notice): string | undefined {
  const why = clause(n.purpose).replace(/[，。,]?\s*现将有关事项通知如下$/, "");
  const held = /召开|举办|举行|召集|定于/.test(why);
  const sentence = n.name && !held ? `${why ? `${purposeClause(why)}，` : ""}决定召开${clause(n.name)}` : why;
  return sentence ? `${sentence}。现将有关事项通知如下：` : undefined;
}

/** A notice as the lines of the document, in order: what the renderer lays out and the checks read. */
export function noticeBlocks(n: Notice): Block[] {
  const blocks: Block[] = [];
  const add = (kind: BlockKind, text: string | undefined, field: string | null) => {
    if (text && text.trim()) blocks.push({ kind, text: text.trim(), field });
  };
  add("copyNumber", n.copyNumber, "copyNumber");
  add("secrecy", n.classification, "classification");
  add("urgency", n.urgency, "urgency");
  const issuers = issuersOf(n.issuer);
  add("issuerMark", issuers.length ? `${issuers.join("、")}文件` : undefined, "issuer");
  if (issuers.length > 1) blocks[blocks.length - 1].issuers = issuers;
  add("docNumber", n.docNumber, "docNumber");
  add("title", n.title || (n.name ? `关于召开${n.name}的通知` : undefined), n.title ? "title" : "name");
  add("recipients", n.recipients ? n.recipients.replace(/[:：]?$/, "：") : undefined, "recipients");
  add("body", noticeOpening(n), n.purpose ? "purpose" : "name");
  let section = 0;
  const heading = (text: string, field: string) => add("heading1", `${ordinal(section++)}、${text}`, field);
  if (n.start) {
    heading("会议时间", "start");
    const end = n.end ? `至${writtenEnd(n.start, n.end)}` : "";
    add("body", `${writtenDateTime(n.start)}${end}。`, "start");
  }
  if (n.place) {
    heading("会议地点", "place");
    add("body", n.place.replace(/[。.]?$/, "。"), "place");
  }
  if (n.attendees) {
    heading("参会人员", "attendees");
    add("body", n.attendees.replace(/[。.]?$/, "。"), "attendees");
  }
  const agenda = clean(n.agenda);
  if (agenda.length) {
    heading("会议议程", "agenda");
    agenda.forEach((item, i) =>
      add("heading2", `（${ordinal(i)}）${item.replace(/[；;。]?$/, i === agenda.length - 1 ? "。" : "；")}`, "agenda"),
    );
  }
  const requirements = clean(n.requirements);
  if (n.checkIn) requirements.unshift(`报到时间：${writtenDateTime(n.checkIn)}`);
  if (n.replyDeadline)
    requirements.push(`请于${writtenDate(n.replyDeadline)}前将参会回执报送${issuers[0] ?? "会务组"}`);
  const channels = clean(n.channels);
  if (channels.length) requirements.push(`本通知通过${channels.join("、")}发送`);
  if (requirements.length) {
    heading("有关要求", "requirements");
    requirements.forEach((item, i) => {
      const field = item.startsWith("报到时间")
        ? "checkIn"
        : item.startsWith("请于") && n.replyDeadline
          ? "replyDeadline"
          : item.startsWith("本通知通过")
            ? "channels"
            : "requirements";
      add("heading2", `（${ordinal(i)}）${item.replace(/[；;。]?$/, "。")}`, field);
    });
  }
  const contacts = (n.contacts ?? []).filter((c) => c.name?.trim() || c.phone?.trim());
  if (contacts.length) {
    heading("联系人及电话", "contacts");
    add(
      "body",
      contacts.map((c) => `联系人：${c.name.trim()}，联系电话：${c.phone.trim()}`).join("；") + "。",
      "contacts",
    );
  }
  const attachments = clean(n.attachments);
  attachments.forEach((name, i) => {
    const label = attachments.length > 1 ? `${i + 1}.` : "";
    add("attachment", i === 0 ? `附件：${label}${name}` : `${label}${name}`, "attachments");
  });
  // One 署名 for each issuer, the lead issuer first (7.3.5.1).
  for (const issuer of issuers) add("signature", issuer, "issuer");
  add("date", n.issueDate ? writtenDate(n.issueDate) : undefined, "issueDate");
  add("note", n.note ? `（${n.note.replace(/^[（(]|[）)]$/g, "")}）` : undefined, "note");
  add("copyTo", n.copyTo ? `抄送：${n.copyTo.replace(/[。.]?$/, "。")}` : undefined, "copyTo");
  if (n.printedBy || n.printDate)
    add("printed", `${n.printedBy ?? ""}    ${n.printDate ? `${writtenDate(n.printDate)}印发` : ""}`, "printedBy");
  return blocks;
}

/** 会议纪要 as the lines of the document (GB/T 9704 10.3). */
export function minutesBlocks(m: Minutes): Block[] {
  const blocks: Block[] = [];
  const add = (kind: BlockKind, text: string | undefined, field: string | null, label?: string) => {
    if (text && text.trim()) blocks.push({ kind, text: text.trim(), field, ...(label ? { label } : {}) });
  };
  add("issuerMark", m.title || (m.issuer ? `${m.issuer}纪要` : undefined), m.title ? "title" : "issuer");
  add("docNumber", m.number, "number");
  add(
    "date",
    m.issueDate ? `${m.issuer ? `${m.issuer.replace(/纪要$/, "")}    ` : ""}${writtenDate(m.issueDate)}` : undefined,
    "issueDate",
  );
  const when = writtenDateTime(m.start, false).replace(/(\d+日)(上午|下午|中午|晚上)\d+:\d+$/, "$1$2");
  const intro = [
    when,
    m.chair ? `${when ? "，" : ""}${m.chair}` : "",
    m.place ? `在${m.place}` : "",
    m.chair ? "主持召开" : "召开",
    clause(m.meetingName) || "会议",
    clause(m.summary) ? `，${clause(m.summary)}` : "",
  ].join("");
  // A summary that already leads into the list (…纪要如下) ends the sentence with its colon.
  const leads = /如下$/.test(intro);
  // Each filled-in decision with its place in the form, which its field is named by (`decisions.2`).
  const decisions = (m.decisions ?? [])
    .map((d, field) => ({ ...d, field }))
    .filter((d) => d.text?.trim() || d.owner?.trim() || d.deadline?.trim());
  // Nothing said about the meeting yet: no sentence made of the form's own words ("召开会议。").
  const said = [m.start, m.chair, m.place, m.meetingName, m.summary].some((part) => part?.trim());
  if (said || decisions.length)
    add("body", leads ? `${intro}：` : `${intro}。${decisions.length ? "会议议定如下：" : ""}`, "start");
  decisions.forEach((d, n) => {
    const owner = d.owner?.trim();
    const deadline = d.deadline?.trim();
    const tail = [
      owner && !d.text.includes(owner) ? `由${owner}负责` : "",
      deadline && !d.text.includes(deadline) ? `${writtenDate(deadline) || deadline}前完成` : "",
    ]
      .filter(Boolean)
      .join("，");
    add("heading1", `${ordinal(n)}、${clause(d.text)}${tail ? `，${tail}` : ""}。`, `decisions.${d.field}`);
  });
  for (const [label, names, field] of [
    ["出席", m.present, "present"],
    ["请假", m.leave, "leave"],
    ["列席", m.attending, "attending"],
  ] as const) {
    const list = clean(names as string[] | undefined);
    if (list.length) add("attendance", `${label}：${list.join("、")}`, field, `${label}：`);
  }
  add("distribution", m.distribution ? `分送：${m.distribution.replace(/[。.]?$/, "。")}` : undefined, "distribution");
  return blocks;
}
