export type Severity = "error" | "warning" | "info";

/** The severities, worst first: the one severity order. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Replace one cell's text: what a fix of a register finding does. */
export interface CellFix {
  kind: "cell";
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

/** Replace a character range of one paragraph: what a fix of a document finding does. */
export interface TextFix {
  kind: "text";
  paragraph: number;
  start: number;
  end: number;
  before: string;
  after: string;
}

export type Fix = CellFix | TextFix;

/** A register cell at fault, with the cells that explain it (the first of two duplicates: `B4`, `'名单'!B4`). */
export interface CellPlace {
  kind: "cell";
  sheet: string;
  cell: string;
  /** 1-based sheet row, for sorting. */
  row: number;
  related: string[];
  /** The file the sheet is in, where one check reads several files (the 回执 of a meeting). */
  file?: string;
}

/** A span of a document's text: paragraph (0-based), character range, and the text there. */
export interface TextPlace {
  kind: "text";
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Something missing from the whole document. `paragraph` is where it belongs: the paragraph it would
 * follow, or null where the document gives no such place.
 */
export interface DocumentPlace {
  kind: "document";
  paragraph: number | null;
}

/** A file as a whole: a 回执 with no table of people, or one received late; a unit no file came from names the notice. */
export interface FilePlace {
  kind: "file";
  file: string;
}

export type Place = CellPlace | TextPlace | DocumentPlace | FilePlace;

export type FindingData = Record<string, string | number>;

/** One fault, as plain data: what the CLI prints, the pane lists and a report writes. */
export interface Finding<Data extends FindingData = FindingData> {
  ruleId: string;
  /** Which of the rule's messages was said: with `data`, what a consumer reads instead of the message. */
  messageId: string;
  severity: Severity;
  message: string;
  place: Place;
  /** The rule's own facts (the missing element, the wrong weekday …): consumers read these, never the message. */
  data: Data;
  fix: Fix | null;
  /** The message names the fix's corrected text itself (`应为“〔2026〕5号”`): a listing need not add it. */
  fixInMessage?: true;
  /** Said under a form field only once the user has left it or asked to finish: a blank form is not all red. */
  reveal?: "when-asked";
  /** The required element the finding says is missing (会议时间, 联系人 …): the form puts it under that field. */
  element?: string;
}

/** The paragraph a document finding is about or belongs after; null for a cell, a file or the document as a whole. */
export function paragraphOf(place: Place): number | null {
  return place.kind === "cell" || place.kind === "file" ? null : place.paragraph;
}

/** The sections of RULES.md the rules fall in: the settings list rules under these, the docs index them. */
export const RULE_GROUPS = {
  table: "读表",
  cell: "单元格",
  signin: "签到表",
  receipt: "通知签收登记表",
  incoming: "收文登记表",
  seal: "印章使用登记表",
  tracking: "督办台账",
  materials: "会议材料发放登记表",
  seating: "座次图与桌签",
  notice: "会议通知",
  minutes: "会议纪要",
  document: "公文文字",
  reply: "参会回执",
} as const;
export type RuleGroup = keyof typeof RULE_GROUPS;

/** A rule's message templates by id (`missing: "通知缺少“{element}”"`). */
export type Messages = Readonly<Record<string, string>>;

/** The placeholders of a message template: `通知缺少“{element}”` → `"element"`. */
export type PlaceholdersOf<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** The data a message is made from: a value for each placeholder (any record where the template is not known). */
export type MessageData<Template extends string> = string extends Template
  ? FindingData
  : { [Name in PlaceholdersOf<Template>]: string | number };

export interface RuleMeta<Id extends string = string, M extends Messages = Messages, More extends MoreData = MoreData> {
  /** Public: configurations, reports and the CLI name rules by it. */
  id: Id;
  /** The RULES.md section: `signin/absent` is in `signin`. */
  group: RuleGroup;
  severity: Severity;
  /** What the rule finds, in Chinese: shown in settings and docs. */
  description: string;
  /** Where the rule comes from: practice, GB/T 9704-2012 or 条例. */
  source: string;
  /** Each message's data is typed by its placeholders: a report of `missing` must give `{ element }`. */
  messages: M;
  /** What its findings' data holds beyond the placeholders of its messages. */
  data?: More;
  fixable: boolean;
  /** The messages that name the corrected text themselves: their findings say `fixInMessage`. */
  fixInMessage?: { readonly [Id in keyof M]?: true };
  /** Something missing from a form: said under its field only once the user has left it or asked to finish. */
  reveal?: "when-asked";
  /** Its data's `element` names the required element missing: the finding carries it as `element`. */
  element?: true;
  /** Holds for any text about a meeting: runs also where the document's kind is unsure. */
  kindFree?: true;
}

/**
 * Facts a rule's findings carry beyond its messages' placeholders, by name and type (`{ unit: "string" }`: the
 * unit of a person its message names only by name).
 */
export type MoreData = Readonly<Record<string, "string" | "number">>;
/** No facts beyond the placeholders: what most rules carry. */
export type NoMoreData = Record<never, never>;
export type MoreDataOf<More extends MoreData> = { [Key in keyof More]: More[Key] extends "number" ? number : string };

/** The data of one message of a rule: its placeholders' values and the rule's further facts. */
export type ReportData<Template extends string, More extends MoreData> = MessageData<Template> & MoreDataOf<More>;

/** What a rule knows when it reports: one of its messages and that message's data (optional when it has none). */
export type MessageReport<M extends Messages, More extends MoreData = MoreData> = {
  [Id in keyof M & string]: { messageId: Id } & ([PlaceholdersOf<M[Id]> | keyof More] extends [never]
    ? { data?: ReportData<M[Id], More> }
    : { data: ReportData<M[Id], More> });
}[keyof M & string];

/** Each rule message split once at its placeholders: literal, name, literal, … (a sheet gives thousands of findings). */
const TEMPLATE_PARTS = new Map<string, string[]>();

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) TEMPLATE_PARTS.set(template, (parts = template.split(/\{(\w+)\}/)));
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    text += (key in data ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return text;
}

/** Errors first: the one severity order (a stable sort keeps the place order within a severity). */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return severityRank(a.severity) - severityRank(b.severity);
}

/** 0 for an error, then warnings, then notes. */
export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER[severity];
}

/** By place (sheet row and column, or paragraph and offset), then severity, then rule. */
export function compareByPlace(a: Finding, b: Finding): number {
  return placeOrder(a.place, b.place) || bySeverity(a, b) || a.ruleId.localeCompare(b.ruleId);
}

/** By severity first, errors on top, then by place. */
export function compareBySeverity(a: Finding, b: Finding): number {
  return bySeverity(a, b) || compareByPlace(a, b);
}

function placeOrder(a: Place, b: Place): number {
  if (a.kind === "cell" && b.kind === "cell") return a.row - b.row || columnOrder(a.cell) - columnOrder(b.cell);
  // A whole file (a 回执 received late) comes before the cells of it.
  if (a.kind === "file" || b.kind === "file") return (a.kind === "file" ? 0 : 1) - (b.kind === "file" ? 0 : 1);
  const pa = paragraphOf(a) ?? -1;
  const pb = paragraphOf(b) ?? -1;
  const sa = a.kind === "text" ? a.start : Number.MAX_SAFE_INTEGER;
  const sb = b.kind === "text" ? b.start : Number.MAX_SAFE_INTEGER;
  return pa - pb || sa - sb;
}

function columnOrder(cell: string | undefined): number {
  const letters = /^[A-Z]+/.exec(cell ?? "")?.[0] ?? "";
  return letters.length * 1000 + [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The cell of a register finding; null for a document finding. */
export function cellOf(finding: Finding): CellPlace | null {
  return finding.place.kind === "cell" ? finding.place : null;
}

/** The text span of a document finding; null for a cell or something missing. */
export function spanOf(finding: Finding): TextPlace | null {
  return finding.place.kind === "text" ? finding.place : null;
}
