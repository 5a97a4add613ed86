import { basename, extname } from "node:path";
import type { Attendance } from "../core/meeting/attendance";
import type { CheckOptions } from "../core/rules/config";
import { SEVERITIES, SEVERITY_LABELS, type Finding, paragraphOf, spanOf } from "../core/rules/finding";
import { checkDocument } from "../core/rules/run-text";
import { type CheckedKind, DOCUMENT_KIND_LABELS, type DocumentKind } from "../core/rules/text-rule";
import { readingFile } from "../hosts/files/damaged-file";
import { FileReadError } from "../hosts/files/file-error";
import { readDocxParagraphs, textParagraphs } from "../hosts/files/read-docx";
import { decodeText } from "../hosts/files/text-bytes";
import { readFileBytes } from "./read-file";
import type { Paint } from "./terminal";
import { quoteInContext } from "../core/document/quote";
import type { TextCut } from "../core/document/cut";
import type { ElementPresence } from "../core/meeting/elements";

export interface LintResult {
  file: string;
  kind: CheckedKind;
  evidence: string[];
  paragraphs: string[];
  findings: Finding[];
  elements: ElementPresence[];
  cut: TextCut | null;
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
  const { kind: read, evidence, findings, elements, cut } = result;
  return { file: path, kind: read, evidence, paragraphs, findings, elements, cut };
}

export function lintJson(result: LintResult): unknown {
  return {
    file: result.file,
    kind: result.kind,
    findings: result.findings.map((f) => {
      const span = spanOf(f);
      return {
        ruleId: f.ruleId,
        messageId: f.messageId,
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
  for (const severity of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint.severity(severity, `  ${SEVERITY_LABELS[severity]}（${group.length}）`));
    for (const f of group) {
      const span = spanOf(f);
      const where = span ? `第 ${span.paragraph + 1} 段` : "全文";
      const fix = f.fix && !f.fixInMessage ? `（可改为“${f.fix.after}”）` : "";
      lines.push(`    ${where.padEnd(7)} ${f.message}${fix}  ${paint.dim(f.ruleId)}`);
      if (span)
        lines.push(paint.dim(`            ${quoteInContext(result.paragraphs[span.paragraph], span.start, span.end)}`));
    }
  }
  return lines.join("\n");
}

/** `huiwu lint --explain`: how the text was read — its kind and why, and each element: where, from what, or not found. */
export function formatExplain(result: LintResult, paint: Paint): string {
  const lines = [paint.bold(`读法：${result.file}`)];
  const why = result.evidence.length ? `，依据：${result.evidence.join("、")}` : "";
  lines.push(`  文种：${DOCUMENT_KIND_LABELS[result.kind]}${why}`);
  if (result.cut) lines.push(`  文字在第 ${result.cut.paragraph + 1} 段中断：没有找到的要素不报缺少`);
  for (const e of result.elements) {
    const where = e.found
      ? `第 ${e.found.paragraph + 1} 段（${e.found.cue}）“${excerpt(e.found.text)}”`
      : e.beyondCut
        ? paint.dim("没有找到（可能在中断后缺失的部分）")
        : e.hinted
          ? paint.dim(`没有读出，但第 ${e.hinted.paragraph + 1} 段有“${excerpt(e.hinted.text)}”：不报缺少`)
          : "没有找到";
    lines.push(`  ${e.present ? "✓" : "✗"} ${e.element.padEnd(9, "　")} ${where}`);
  }
  return lines.join("\n");
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
}
