import { basename, extname } from "node:path";
import type { Attendance } from "../core/meeting/attendance";
import type { CheckOptions } from "../core/rules/config";
import { SEVERITY_LABELS, type Finding, type Severity, paragraphOf, spanOf } from "../core/rules/finding";
import { checkDocument } from "../core/rules/run-text";
import { type CheckedKind, DOCUMENT_KIND_LABELS, type DocumentKind } from "../core/rules/text-rule";
import { readingFile } from "../hosts/files/damaged-file";
import { FileReadError } from "../hosts/files/file-error";
import { readDocxParagraphs, textParagraphs } from "../hosts/files/read-docx";
import { decodeText } from "../hosts/files/text-bytes";
import { readFileBytes } from "./read-file";
import type { Paint } from "./terminal";
import { quoteInContext } from "../core/document/quote";

export interface LintResult {
  file: string;
  kind: CheckedKind;
  evidence: string[];
  paragraphs: string[];
  findings: Finding[];
}

/** Paragraphs of a .docx or a text file. */
export async function readDocumentParagraphs(path: string): Promise<string[]> {
  const bytes = await readFileBytes(path);
  const ext = extname(path).toLowerCase();
  if (ext === ".docx") return readingFile(basename(path), "document", () => readDocxParagraphs(bytes, basename(path)));
  if (ext === ".txt" || ext === ".md" || ext === "") return textParagraphs(decodeText(bytes, basename(path)));
  if (ext === ".doc" || ext === ".wps")
    throw new FileReadError(`${basename(path)}：旧版 ${ext} 格式无法读取，请另存为 .docx 后再试`);
  throw new FileReadError(`${basename(path)}：只能检查 .docx 或 .txt 文件`);
}

export async function lintFile(
  path: string,
  options: CheckOptions,
  kind: DocumentKind | undefined,
  attendance: Attendance | null,
): Promise<LintResult> {
  const paragraphs = await readDocumentParagraphs(path);
  if (paragraphs.every((p) => p.trim() === "")) throw new FileReadError(`${basename(path)}：文档中没有文字`);
  const result = checkDocument({ paragraphs, kind, options, attendance });
  return { file: path, kind: result.kind, evidence: result.evidence, paragraphs, findings: result.findings };
}

export function lintJson(result: LintResult): unknown {
  return {
    file: result.file,
    kind: result.kind,
    findings: result.findings.map((f) => {
      const span = spanOf(f);
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        paragraph: paragraphOf(f.place),
        start: span?.start ?? null,
        end: span?.end ?? null,
        text: span?.text ?? null,
        message: f.message,
        fix: f.fix,
        place: f.place,
        data: f.data,
      };
    }),
  };
}

export function formatLint(result: LintResult, paint: Paint): string {
  const lines = [paint.bold(`文件：${result.file}（${DOCUMENT_KIND_LABELS[result.kind]}）`)];
  if (result.findings.length === 0) lines.push("  未发现问题");
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint.severity(severity, `  ${SEVERITY_LABELS[severity]}（${group.length}）`));
    for (const f of group) {
      const span = spanOf(f);
      const where = span ? `第 ${span.paragraph + 1} 段` : "全文";
      const fix = f.fix && !f.message.includes(f.fix.after) ? `（可改为“${f.fix.after}”）` : "";
      lines.push(`    ${where.padEnd(7)} ${f.message}${fix}  ${paint.dim(f.ruleId)}`);
      if (span)
        lines.push(paint.dim(`            ${quoteInContext(result.paragraphs[span.paragraph], span.start, span.end)}`));
    }
  }
  return lines.join("\n");
}
