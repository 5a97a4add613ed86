export type Severity = "error" | "warning" | "info";

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
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
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  place: Place;
  /** The rule's own facts (the missing element, the wrong weekday …): consumers read these, never the message. */
  data: FindingData;
  fix: Fix | null;
}

/** The paragraph a document finding is about or belongs after; null for a cell, a file or the document as a whole. */
export function paragraphOf(place: Place): number | null {
  return place.kind === "cell" || place.kind === "file" ? null : place.paragraph;
}

export interface RuleMeta<MessageId extends string = string> {
  id: string;
  severity: Severity;
  /** What the rule finds, in Chinese: shown in settings and docs. */
  description: string;
  /** Where the rule comes from: practice, GB/T 9704-2012 or 条例. */
  source: string;
  messages: Record<MessageId, string>;
  fixable: boolean;
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** By place (sheet row and column, or paragraph and offset), then severity, then rule. */
export function compareByPlace(a: Finding, b: Finding): number {
  return (
    placeOrder(a.place, b.place) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** By severity first, errors on top, then by place. */
export function compareBySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareByPlace(a, b);
}

function placeOrder(a: Place, b: Place): number {
  if (a.kind === "cell" && b.kind === "cell") return a.row - b.row || columnOrder(a.cell) - columnOrder(b.cell);
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
