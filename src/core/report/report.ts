import { TALLY_LABELS, type TallyFigure } from "../meeting/tally";
import { SEVERITY_LABELS, type Finding, type Severity, cellOf } from "../rules/finding";
import type { SheetReport } from "../rules/run-registers";
import { KIND_LABELS } from "../table/kinds";

/** Fill colours of marked cells, by severity (light, so the text stays readable). */
export const MARK_COLOURS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

export const REPORT_SHEET = "核对报告";

/** 核对报告, then 核对报告2, 核对报告3 … : never an existing sheet's name. */
export function reportSheetName(existing: readonly string[]): string {
  const taken = new Set(existing);
  if (!taken.has(REPORT_SHEET)) return REPORT_SHEET;
  for (let n = 2; ; n++) if (!taken.has(`${REPORT_SHEET}${n}`)) return `${REPORT_SHEET}${n}`;
}

export interface ReportRow {
  sheet: string;
  cell: string;
  /** The other file the cell is in (a 参会名单 opened beside this workbook): named in the row, not linked to. */
  file?: string;
  /** The rule's Chinese name, as the pane's filter shows it. */
  rule: string;
  severity: string;
  message: string;
  ruleId: string;
}

export interface ReportContent {
  /** Title and time lines, then one sentence of tally per sign-in sheet. */
  lines: string[];
  header: string[];
  rows: ReportRow[];
  /** Column widths in characters, so the whole table prints on one landscape page width. */
  widths: number[];
}

/** What the report sheet holds: a title, the tally of each sign-in sheet as a sentence, and one row a finding. */
export function reportContent(
  sheets: SheetReport[],
  checkedAt: string,
  ruleNames: Readonly<Record<string, string>>,
): ReportContent {
  const tallies: string[] = [];
  for (const sheet of sheets) {
    if (!sheet.tally) continue;
    const keys = Object.keys(TALLY_LABELS) as TallyFigure[];
    const counts = keys.map((k) => `${TALLY_LABELS[k]} ${sheet.tally![k] ?? "—"} 人`).join("，");
    tallies.push(`${sheet.sheet}（${sheet.kind ? KIND_LABELS[sheet.kind] : ""}）：${counts}`);
  }
  const rows: ReportRow[] = sheets.flatMap((sheet) =>
    sheet.findings.map((f: Finding) => ({
      sheet: cellOf(f)?.sheet ?? sheet.sheet,
      cell: cellOf(f)?.cell ?? "",
      ...(cellOf(f)?.file ? { file: cellOf(f)!.file } : {}),
      rule: ruleNames[f.ruleId] ?? f.ruleId,
      severity: SEVERITY_LABELS[f.severity],
      message: f.message,
      ruleId: f.ruleId,
    })),
  );
  return {
    lines: ["会务助手核对报告", `核对时间：${checkedAt}`, ...tallies],
    header: ["工作表", "单元格", "问题", "严重程度", "说明", "规则编号"],
    rows,
    widths: [14, 8, 22, 8, 60, 22],
  };
}

/**
 * The 工作表 column of a row: the sheet, and for a sheet of another file that file too (`参会名单（参会名单.xlsx）`),
 * unless the sheet's name says it already (a 名单 renamed beside a sheet of the same name).
 */
export function reportSheetLabel(row: Pick<ReportRow, "sheet" | "file">): string {
  if (!row.file) return row.sheet;
  const named = `（${row.file}）`;
  return row.sheet.endsWith(named) ? row.sheet : `${row.sheet}${named}`;
}

/** The report as rows of text, and which row (0-based) is the table's header. */
export function reportRows(content: ReportContent): { rows: string[][]; headerRow: number } {
  const top = [...content.lines.map((line) => [line]), []];
  const table = content.rows.map((r) => [reportSheetLabel(r), r.cell, r.rule, r.severity, r.message, r.ruleId]);
  return { rows: [...top, content.header, ...table], headerRow: top.length };
}

/** Marked cells grouped by sheet, the worst severity winning when a cell has several findings. */
export function cellsToMark(sheets: SheetReport[]): Map<string, Map<string, Severity>> {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const marks = new Map<string, Map<string, Severity>>();
  for (const sheet of sheets) {
    for (const f of sheet.findings) {
      const at = cellOf(f);
      if (!at) continue;
      const cells = marks.get(at.sheet) ?? new Map<string, Severity>();
      const current = cells.get(at.cell);
      if (!current || order[f.severity] < order[current]) cells.set(at.cell, f.severity);
      marks.set(at.sheet, cells);
    }
  }
  return marks;
}
