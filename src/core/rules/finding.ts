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

/** One fault, as plain data: what the CLI prints, the pane lists and a report writes. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  sheet?: string;
  cell?: string;
  /** 1-based sheet row, for sorting. */
  row?: number;
  /** Other cells that explain the finding (the first of two duplicates), `B4` or `'名单'!B4`. */
  related?: string[];
  paragraph?: number;
  start?: number;
  end?: number;
  text?: string;
  fix: Fix | null;
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

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) ||
    columnOrder(a.cell) - columnOrder(b.cell) ||
    (a.paragraph ?? 0) - (b.paragraph ?? 0) ||
    (a.start ?? 0) - (b.start ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

function columnOrder(cell: string | undefined): number {
  const letters = /^[A-Z]+/.exec(cell ?? "")?.[0] ?? "";
  return letters.length * 1000 + [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
