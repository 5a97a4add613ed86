import { basename, join } from "node:path";
import { checkedAtNow } from "../core/report/checked-at";
import { reportContent } from "../core/report/report";
import { REGISTER_RULES } from "../core/rules/register-registry";
import { ruleNamesOf } from "../core/rules/rule-names";
import type { Grid } from "../core/table/grid";
import { checkedCopy } from "../hosts/files/checked-copy";
import { checkedCopyName } from "../hosts/files/download";
import { readingFile } from "../hosts/files/damaged-file";
import type { CheckOptions } from "../core/rules/config";
import { SEVERITIES, SEVERITY_LABELS, type Finding, type Severity, cellOf } from "../core/rules/finding";
import { type SheetReport, checkWorkbook } from "../core/rules/run-registers";
import { KIND_LABELS } from "../core/table/kinds";
import { TALLY_LABELS, type Tally, type TallyFigure } from "../core/meeting/tally";
import { trackingSummaryText } from "../core/rules/tracking/summary";
import { DEFAULT_READ_LIMITS, type ReadLimits, readWorkbookGrids } from "../hosts/files/read-workbook";
import { readFileBytes } from "./read-file";
import { releaseReadingGarbage } from "./release-garbage";
import { ensureFolder, writeOutputFile } from "./write-file";
import type { Paint } from "./terminal";

export interface FileCheck {
  file: string;
  bytes: Uint8Array;
  grids: Grid[];
  sheets: SheetReport[];
}

export async function checkFile(
  path: string,
  options: CheckOptions,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<FileCheck> {
  const bytes = await readFileBytes(path);
  const grids = await readingFile(basename(path), "workbook", () =>
    readWorkbookGrids(bytes, basename(path), undefined, limits),
  );
  releaseReadingGarbage(bytes.length);
  const report = checkWorkbook(grids, options);
  return { file: path, bytes, grids, sheets: report.sheets };
}

/** Each file's checked copy written into `folder` (made if missing); returns the paths written. */
export async function writeCheckedCopies(results: FileCheck[], folder: string, force = false): Promise<string[]> {
  await ensureFolder(folder);
  const names = ruleNamesOf(REGISTER_RULES);
  const checkedAt = checkedAtNow();
  const written: string[] = [];
  const named = new Set<string>();
  for (const result of results) {
    const content = reportContent(result.sheets, checkedAt, names);
    const copy = await readingFile(basename(result.file), "workbook", () =>
      checkedCopy(result.bytes, basename(result.file), result.grids, result.sheets, content),
    );
    const path = join(folder, distinctName(checkedCopyName(basename(result.file)), named));
    await writeOutputFile(path, copy, force);
    written.push(path);
  }
  return written;
}

/**
 * `name`, or `name（2）`, `name（3）`… before its extension when this run already wrote one of that name (two
 * folders' 签到表.xlsx): a copy never replaces another of the same run. Compared ignoring case, as Windows does.
 */
function distinctName(name: string, named: Set<string>): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let made = name;
  for (let n = 2; named.has(made.toLowerCase()); n++) made = `${stem}（${n}）${ext}`;
  named.add(made.toLowerCase());
  return made;
}

/** What `--json` prints for one file: the shape documented in the README. */
export function checkJson(result: FileCheck): unknown {
  return {
    file: result.file,
    sheets: result.sheets.map((sheet) => ({
      sheet: sheet.sheet,
      kind: sheet.kind,
      headerRow: sheet.headerRow,
      dataRows: sheet.dataRows,
      meetingStart: sheet.meetingStart,
      ...(sheet.tally ? { tally: sheet.tally } : {}),
      ...(sheet.tracking ? { tracking: sheet.tracking } : {}),
      findings: sheet.findings.map(findingJson),
    })),
  };
}

export function formatTally(tally: Tally): string {
  return (Object.keys(TALLY_LABELS) as TallyFigure[])
    .map((key) => `${TALLY_LABELS[key]} ${tally[key] ?? "—"}`)
    .join("  ");
}

export function formatCheck(result: FileCheck, paint: Paint): string {
  const lines: string[] = [paint.bold(`文件：${result.file}`)];
  if (result.sheets.length === 0) lines.push("  工作簿中没有内容");
  for (const sheet of result.sheets) {
    const kind = sheet.kind ? KIND_LABELS[sheet.kind] : "未识别";
    const header = sheet.headerRow ? `表头在第 ${sheet.headerRow} 行，数据 ${sheet.dataRows} 行` : "未找到表头";
    lines.push("", paint.bold(`【${sheet.sheet}】${kind}，${header}`));
    if (sheet.meetingStart) lines.push(`  会议开始：${sheet.meetingStart.replace("T", " ")}`);
    if (sheet.tally) lines.push(`  统计：${formatTally(sheet.tally)}`);
    if (sheet.tracking) lines.push(`  督办：${trackingSummaryText(sheet.tracking)}`);
    if (sheet.kind === "signin" && !sheet.meetingStart) {
      lines.push(paint.dim('  未找到会议开始时间，未检查迟到（可用 --start "2026-12-03 09:00" 指定）'));
    }
    if (sheet.findings.length === 0) {
      lines.push("  未发现问题");
      continue;
    }
    for (const severity of SEVERITIES) {
      const group = sheet.findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(paint.severity(severity, `  ${SEVERITY_LABELS[severity]}（${group.length}）`));
      for (const finding of group)
        lines.push(`    ${formatFinding(finding, sheet.sheet)}  ${paint.dim(finding.ruleId)}`);
    }
  }
  return lines.join("\n");
}

/** The documented fields (sheet, cell, related), then the typed place and the rule's data. */
function findingJson(finding: Finding): unknown {
  const cell = cellOf(finding);
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    sheet: cell?.sheet ?? null,
    cell: cell?.cell ?? null,
    message: finding.message,
    ...(cell && cell.related.length ? { related: cell.related } : {}),
    fix: finding.fix,
    place: finding.place,
    data: finding.data,
  };
}

function formatFinding(finding: Finding, sheet: string): string {
  const cell = cellOf(finding);
  const where = cell && cell.sheet !== sheet ? `${cell.sheet}!${cell.cell}` : cell?.cell;
  const fix = finding.fix && !finding.fixInMessage ? `（可改为“${finding.fix.after}”）` : "";
  return `${(where ?? "").padEnd(6)} ${finding.message}${fix}`;
}

export function summary(results: FileCheck[]): { counts: Record<Severity, number>; text: string } {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) for (const sheet of result.sheets) for (const f of sheet.findings) counts[f.severity]++;
  return { counts, text: `合计：${SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${counts[s]} 个`).join("，")}` };
}
