import type { Attendance } from "../meeting/attendance";
import type { Minutes, Notice } from "../meeting/notice";
import { type Block, minutesBlocks, noticeBlocks } from "../meeting/notice-text";
import { type CheckOptions, DEFAULT_OPTIONS } from "./config";
import type { Finding } from "./finding";
import { checkDocument } from "./run-text";

export interface FormCheck {
  /** The lines the form makes: the preview shows them, the renderer lays them out. */
  blocks: Block[];
  findings: Finding[];
  /** Findings under the form field each belongs to; `_` holds those of no field. */
  byField: Record<string, Finding[]>;
}

/** A missing element named in a message, and the field where the user supplies it. */
const ELEMENT_FIELDS: [RegExp, string][] = [
  [/会议名称/, "name"],
  [/会议时间/, "start"],
  [/会议地点/, "place"],
  [/参会人员|出席/, "attendees"],
  [/会议内容|议程/, "agenda"],
  [/联系人|联系电话/, "contacts"],
  [/署名/, "issuer"],
  [/成文日期/, "issueDate"],
  [/主持人/, "chair"],
  [/议定事项/, "decisions"],
  [/分送/, "distribution"],
];

function check(
  blocks: Block[],
  kind: "notice" | "minutes",
  options: CheckOptions,
  attendance: Attendance | null,
  minutesFields = false,
): FormCheck {
  const { findings } = checkDocument({ paragraphs: blocks.map((b) => b.text), kind, options, attendance });
  const byField: Record<string, Finding[]> = {};
  for (const finding of findings) {
    let field = finding.paragraph !== undefined ? blocks[finding.paragraph].field : null;
    if (field === null) field = ELEMENT_FIELDS.find(([re]) => re.test(finding.message))?.[1] ?? null;
    if (minutesFields && field === "attendees") field = "present";
    (byField[field ?? "_"] ??= []).push(finding);
  }
  return { blocks, findings, byField };
}

/** The notice checks on a form: what the Word pane shows under each field as the user types. */
export function checkNoticeForm(notice: Notice, options: CheckOptions = DEFAULT_OPTIONS): FormCheck {
  return check(noticeBlocks(notice), "notice", options, null);
}

export function checkMinutesForm(
  minutes: Minutes,
  options: CheckOptions = DEFAULT_OPTIONS,
  attendance: Attendance | null = null,
): FormCheck {
  return check(minutesBlocks(minutes), "minutes", options, attendance, true);
}
