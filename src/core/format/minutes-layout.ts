import { readMinutes } from "../meeting/read-minutes";
import { dateParagraph } from "../meeting/read-common";
import { ATTACHMENT_HEAD, type ReadRoles, type Roles, markImprint } from "./paragraph-roles";

/** 出席：, 请假：, 列席： and their spaced or longer forms: the label the renderer sets in 黑体. */
const ATTENDANCE_LABEL = /^\s*(?:出\s*席|请\s*假|列\s*席|参\s*会|参加)(?:会议)?(?:人员|领导|单位)?\s*[:：]/;

/**
 * Minutes' paragraphs: the part each plays in the layout (GB/T 9704 10.3): the 纪要标志 (its title), 期号 and the head's date
 * line, the body by its 结构层次序数, 出席/请假/列席 with their labels, 分送, a closing 署名 and date, the 版记; any
 * paragraph the reader does not place stays in the body where it stood.
 */
export function minutesRoles(paragraphs: string[]): ReadRoles {
  const facts = readMinutes(paragraphs);
  const roles: Roles = paragraphs.map(() => null);
  const imprintStart = markImprint(paragraphs, roles);
  if (facts.title) roles[facts.title.at.paragraph] = "issuerMark";
  if (facts.number) roles[facts.number.at.paragraph] = "docNumber";
  const headEnd = facts.body[0];
  if (facts.issueDate && facts.issueDate.at.paragraph < headEnd) roles[facts.issueDate.at.paragraph] = "date";
  for (const list of [facts.present, facts.leave, facts.attending]) {
    if (list && ATTENDANCE_LABEL.test(paragraphs[list.at.paragraph])) roles[list.at.paragraph] = "attendance";
  }
  if (facts.distribution && roles[facts.distribution.at.paragraph] === null)
    roles[facts.distribution.at.paragraph] = "distribution";
  // A date closing the minutes (its 署名 above it): flush right as a notice's.
  for (let i = imprintStart - 1; i >= headEnd; i--) {
    const text = paragraphs[i];
    if (text.trim() === "" || roles[i] !== null) continue;
    if (!dateParagraph(text)) break;
    roles[i] = "closingDate";
    for (let j = i - 1; j >= headEnd; j--) {
      const above = paragraphs[j].trim();
      if (above === "") continue;
      if (above.length <= 30 && !/[。；，：:]/.test(above) && roles[j] === null) roles[j] = "signature";
      break;
    }
    break;
  }
  for (let i = headEnd; i < imprintStart; i++) if (ATTACHMENT_HEAD.test(paragraphs[i])) roles[i] = "attachmentPage";
  return { roles, joined: new Set() };
}
