import { z } from "zod";
import type { Minutes, Notice } from "./notice";
import { UserError } from "../user-error";
import { chineseIssue } from "../chinese-issue";

const FIELD_NAMES: Record<string, string> = {
  issuer: "发文机关",
  docNumber: "发文字号",
  title: "标题",
  recipients: "主送机关",
  name: "会议名称",
  purpose: "会议目的",
  start: "会议开始时间",
  end: "会议结束时间",
  checkIn: "报到时间",
  place: "会议地点",
  attendees: "参会人员",
  agenda: "会议议程",
  requirements: "有关要求",
  replyDeadline: "回执截止日期",
  contacts: "联系人",
  phone: "联系电话",
  attachments: "附件",
  issueDate: "成文日期",
  copyNumber: "份号",
  classification: "密级",
  urgency: "紧急程度",
  channels: "发送方式",
  copyTo: "抄送",
  printedBy: "印发机关",
  printDate: "印发日期",
  note: "附注",
  withReplyForm: "附回执",
  letter: "信函格式",
  number: "期号",
  meetingName: "会议名称",
  chair: "主持人",
  recorder: "记录人",
  summary: "会议概要",
  decisions: "议定事项",
  text: "内容",
  owner: "责任单位",
  deadline: "完成时限",
  present: "出席",
  leave: "请假",
  attending: "列席",
  distribution: "分送",
};

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/, { message: "日期应写作 2026-12-10 或 2026-12-10T09:00" });
const text = z.string({ message: "应为文字" });
const list = z.array(text, { message: "应为文字列表" });

export const noticeSchema = z
  .object({
    issuer: text.optional(),
    docNumber: text.optional(),
    title: text.optional(),
    recipients: text.optional(),
    name: text.optional(),
    purpose: text.optional(),
    start: date.optional(),
    end: date.optional(),
    checkIn: date.optional(),
    place: text.optional(),
    attendees: text.optional(),
    agenda: list.optional(),
    requirements: list.optional(),
    replyDeadline: date.optional(),
    contacts: z.array(z.object({ name: text, phone: text }), { message: "应为 [{name, phone}] 列表" }).optional(),
    attachments: list.optional(),
    issueDate: date.optional(),
    copyNumber: text.optional(),
    classification: text.optional(),
    urgency: text.optional(),
    channels: list.optional(),
    copyTo: text.optional(),
    printedBy: text.optional(),
    printDate: date.optional(),
    note: text.optional(),
    withReplyForm: z.boolean({ message: "应为 true 或 false" }).optional(),
    letter: z.boolean({ message: "应为 true 或 false" }).optional(),
  })
  .strict();

export const minutesSchema = z
  .object({
    issuer: text.optional(),
    title: text.optional(),
    number: text.optional(),
    meetingName: text.optional(),
    start: date.optional(),
    place: text.optional(),
    chair: text.optional(),
    recorder: text.optional(),
    summary: text.optional(),
    decisions: z
      .array(z.object({ text, owner: text.optional(), deadline: text.optional() }), {
        message: "应为 [{text, owner, deadline}] 列表",
      })
      .optional(),
    present: list.optional(),
    leave: list.optional(),
    attending: list.optional(),
    distribution: text.optional(),
    issueDate: date.optional(),
  })
  .strict();

export class DraftInputError extends UserError {}

function describePath(path: PropertyKey[]): string {
  return path
    .map((part) =>
      typeof part === "number"
        ? `第 ${part + 1} 项`
        : `${FIELD_NAMES[String(part)] ?? String(part)}（${String(part)}）`,
    )
    .join(" › ");
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") return chineseIssue(issue);
    return `${issue.path.length ? describePath(issue.path) : "输入的内容"}：${chineseIssue(issue)}`;
  });
  throw new DraftInputError(`输入有误：${lines.join("；")}`);
}

export const parseNoticeInput = (raw: unknown): Notice => parse(noticeSchema, raw);
export const parseMinutesInput = (raw: unknown): Minutes => parse(minutesSchema, raw);
