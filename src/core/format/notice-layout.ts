import { readNotice } from "../meeting/read-notice";
import { dateParagraph } from "../meeting/read-common";
import { ATTACHMENT_HEAD, NOTE, type ReadRoles, type Roles, URGENCY, markImprint } from "./paragraph-roles";

/**
 * A notice's paragraphs: the part each plays in the layout: each part the reader knows (份号, 密级, 紧急程度, 发文机关标志,
 * 发文字号, title, 主送, 附件说明, 署名, 成文日期, 附注, 版记) in its place, the body by its 结构层次序数, and any
 * paragraph the reader does not place left in the body where it stood.
 */
export function noticeRoles(paragraphs: string[]): ReadRoles {
  const facts = readNotice(paragraphs);
  const roles: Roles = paragraphs.map(() => null);
  const joined = new Set<number>();
  const imprintStart = markImprint(paragraphs, roles);
  if (facts.copyNumber) roles[facts.copyNumber.at.paragraph] = "copyNumber";
  if (facts.secrecy) roles[facts.secrecy.at.paragraph] = "secrecy";
  if (facts.issuerMark) roles[facts.issuerMark.at.paragraph] = "issuerMark";
  if (facts.docNumber) roles[facts.docNumber.at.paragraph] = "docNumber";
  const head = facts.title?.at.paragraph ?? facts.body[0];
  for (let i = 0; i < head; i++) if (roles[i] === null && URGENCY.test(paragraphs[i])) roles[i] = "urgency";
  if (facts.title) {
    const i = facts.title.at.paragraph;
    roles[i] = "title";
    // A title over two paragraphs (关于召开…工作 / 会议的通知): the reader joined them; so does the layout.
    if (facts.title.value !== paragraphs[i].trim() && i > 0) {
      roles[i - 1] = "title";
      joined.add(i);
    }
  }
  if (facts.recipients) roles[facts.recipients.at.paragraph] = "recipients";
  for (const attachment of facts.attachments) roles[attachment.at.paragraph] = "attachment";
  const signature = facts.signature?.at.paragraph;
  if (signature !== undefined) roles[signature] = "signature";
  const date = facts.issueDate?.at.paragraph;
  // The 成文日期 alone on its line; one run on at the end of the last sentence stays in that sentence.
  if (date !== undefined && dateParagraph(paragraphs[date]))
    roles[date] = signature !== undefined ? "date" : "closingDate";
  const closingEnd = date ?? signature;
  if (closingEnd !== undefined) {
    for (let i = closingEnd + 1; i < imprintStart; i++) {
      const text = paragraphs[i];
      if (text.trim() === "") continue;
      if (ATTACHMENT_HEAD.test(text)) roles[i] = "attachmentPage";
      else if (i === nextWritten(paragraphs, closingEnd) && NOTE.test(text)) roles[i] = "note";
    }
  }
  return { roles, joined };
}

function nextWritten(paragraphs: string[], after: number): number {
  for (let i = after + 1; i < paragraphs.length; i++) if (paragraphs[i].trim() !== "") return i;
  return -1;
}
