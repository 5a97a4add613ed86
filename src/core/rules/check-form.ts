import type { Attendance } from "../meeting/attendance";
import type { Minutes, Notice } from "../meeting/notice";
import { type Block, minutesBlocks, noticeBlocks } from "../meeting/notice-text";
import { type CheckOptions, DEFAULT_OPTIONS } from "./config";
import { type Finding, spanOf } from "./finding";
import { checkDocument } from "./run-text";
import { withReplyAttachment } from "../render/reply-form";

export interface FormCheck {
  /** The lines the form makes: the preview shows them, the renderer lays them out. */
  blocks: Block[];
  findings: Finding[];
  /** Findings under the form field each belongs to; `_` holds those of no field. */
  byField: Record<string, Finding[]>;
  /** Not checked yet (the pane's check engine is still loading): nothing may leave the form on it. */
  pending?: boolean;
}

/** The form field where the user supplies a missing element (the `element` of a missing-element finding). */
const ELEMENT_FIELDS: Record<string, string> = {
  会议名称: "name",
  会议时间: "start",
  会议地点: "place",
  "参会人员/参会单位": "attendees",
  出席: "attendees",
  "会议内容/议程": "agenda",
  联系人: "contacts",
  联系电话: "contacts",
  发文机关署名: "issuer",
  成文日期: "issueDate",
  主持人: "chair",
  议定事项: "decisions",
};

/** Rules about something missing from the whole form, and their field. */
const RULE_FIELDS: Record<string, string> = { "minutes/no-distribution": "distribution" };

/** Where the minutes form calls a field by another name than the notice form. */
const MINUTES_FIELD_NAMES: Record<string, string> = { name: "meetingName", attendees: "present" };

function check(
  blocks: Block[],
  kind: "notice" | "minutes",
  options: CheckOptions,
  attendance: Attendance | null,
  fieldNames: Record<string, string> = {},
): FormCheck {
  const { findings } = checkDocument({
    paragraphs: blocks.map((b) => b.text),
    kind,
    options,
    attendance,
    fromForm: true,
  });
  const byField: Record<string, Finding[]> = {};
  for (const finding of findings) {
    const span = spanOf(finding);
    let field = span ? blocks[span.paragraph].field : null;
    field ??= (finding.element && ELEMENT_FIELDS[finding.element]) || RULE_FIELDS[finding.ruleId] || null;
    if (field) field = fieldNames[field] ?? field;
    (byField[field ?? "_"] ??= []).push(finding);
  }
  return { blocks, findings, byField };
}

/** The notice checks on a form: what the Word pane shows under each field as the user types. */
export function checkNoticeForm(notice: Notice, options: CheckOptions = DEFAULT_OPTIONS): FormCheck {
  // The form's notice as drafted: 附回执 names the 回执 among the attachments, so the preview and the checks see it.
  return check(noticeBlocks(withReplyAttachment(notice)), "notice", options, null);
}

export function checkMinutesForm(
  minutes: Minutes,
  options: CheckOptions = DEFAULT_OPTIONS,
  attendance: Attendance | null = null,
): FormCheck {
  return check(minutesBlocks(minutes), "minutes", options, attendance, MINUTES_FIELD_NAMES);
}
