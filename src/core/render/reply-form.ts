import { writtenDate } from "../meeting/form-dates";
import type { Notice } from "../meeting/notice";
import { issuersOf, noticeBlocks } from "../meeting/notice-text";
import type { LayoutBlock, ReplyForm } from "./layout-block";

/**
 * The 回执's columns: the 参会名单's own (序号 aside), each a header the replies reader knows (单位, 姓名, 职务,
 * 联系电话, 备注), so a filled-in row reads straight into the merged list.
 */
export const REPLY_FORM_HEADER = ["单位", "姓名", "职务", "联系电话", "备注"];
/** Blank rows to fill in: as many as leave room on the page for the lines under the table and a 版记. */
export const REPLY_FORM_ROWS = 8;
/** The lines above the table: the unit's seal and who filled it in (the reader takes a phone there as contact). */
export const REPLY_FORM_LINES = ["单位（盖章）：", "联系人：　　　　　　　　联系电话："];

const clean = (items: string[] | undefined) => (items ?? []).map((s) => s.trim()).filter(Boolean);

/** 全县安全生产工作会议回执: the meeting's name and 回执, as the 附件说明 and the attached page's title both say. */
function replyFormTitle(n: Notice): string {
  const attached = clean(n.attachments).find((name) => name.includes("回执"));
  if (attached) return attached;
  const name = (n.name ?? "").trim().replace(/[。，；\s]+$/, "");
  return name ? `${name}回执` : "参会回执";
}

/** The notice with its 回执 named among its attachments (附件：…回执), unless the clerk has listed one already. */
export function withReplyAttachment(n: Notice): Notice {
  if (!n.withReplyForm) return n;
  const attachments = clean(n.attachments);
  const title = replyFormTitle(n);
  return attachments.includes(title) ? n : { ...n, attachments: [...attachments, title] };
}

/** Under the table: by when and to whom it goes back, where the notice says (回执截止日期, 联系人). */
function replyFormClosing(n: Notice): string | null {
  const to = issuersOf(n.issuer)[0] ?? "会务组";
  const contacts = (n.contacts ?? []).filter((c) => c.name?.trim() || c.phone?.trim());
  const whom = contacts.map((c) => `联系人：${c.name.trim()}，联系电话：${c.phone.trim()}`).join("；");
  const by = writtenDate(n.replyDeadline);
  if (!by && !whom) return null;
  return `${by ? `请于${by}前将回执报送` : "请填写后将回执报送"}${to}${whom ? `（${whom}）` : ""}。`;
}

function replyForm(n: Notice): ReplyForm {
  return {
    title: replyFormTitle(n),
    lines: REPLY_FORM_LINES,
    header: REPLY_FORM_HEADER,
    rows: REPLY_FORM_ROWS,
    closing: replyFormClosing(n),
  };
}

/**
 * A notice as the renderer lays it out: its lines, and with 附回执 the 回执 on a page of its own after the 成文日期
 * and before the 版记 (GB/T 9704 8: 附件 另面编排，在版记之前), numbered as the 附件说明 numbers it.
 */
export function noticeLayout(n: Notice): LayoutBlock[] {
  const notice = withReplyAttachment(n);
  const blocks: LayoutBlock[] = noticeBlocks(notice);
  if (!n.withReplyForm) return blocks;
  const attachments = clean(notice.attachments);
  const form = replyForm(n);
  const number = attachments.length > 1 ? String(attachments.indexOf(form.title) + 1) : "";
  const page: LayoutBlock[] = [
    { kind: "attachmentPage", text: `附件${number}`, field: "withReplyForm" },
    { kind: "replyForm", text: form.title, field: "withReplyForm", replyForm: form },
  ];
  const imprint = blocks.findIndex((b) => b.kind === "copyTo" || b.kind === "printed");
  return imprint < 0 ? [...blocks, ...page] : [...blocks.slice(0, imprint), ...page, ...blocks.slice(imprint)];
}
