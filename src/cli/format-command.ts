import { basename, extname, resolve } from "node:path";
import { type FormatKind, formatParagraphs, formattedDocx } from "../core/format";
import type { CheckOptions } from "../core/rules/config";
import type { Finding, TextFix } from "../core/rules/finding";
import { checkDocument } from "../core/rules/run-text";
import { FileReadError } from "../hosts/files/file-error";
import { zipDocx } from "../hosts/files/write-docx";
import { readDocumentParagraphs } from "./lint-command";
import { writeOutputFile } from "./write-file";

export interface FormatCommandOptions {
  output: string;
  kind?: FormatKind;
  force?: boolean;
  /** 信函格式 whatever the 发文字号 (by default where it is a 函's). */
  letter?: boolean;
}

const KIND_LABELS: Record<FormatKind, string> = { notice: "会议通知", minutes: "会议纪要" };

/** Rules whose fixes layout offers after it (RULES.md §6, §7, §11): offered, never applied. */
const OFFERED = /^(?:notice|minutes|document)\//;

/**
 * `huiwu format`: an existing notice or minutes (.docx, .txt) laid out in GB/T 9704 and written as a new .docx,
 * every word kept; the input and an existing file are never overwritten without --force. The findings a fix is
 * certain for are listed after, for the user to apply.
 */
export async function formatFile(
  input: string,
  options: FormatCommandOptions,
  config: CheckOptions,
): Promise<string[]> {
  if (extname(options.output).toLowerCase() !== ".docx")
    throw new FileReadError(`${options.output}：排版结果只能写成 .docx 文件`);
  if (resolve(input) === resolve(options.output) && !options.force)
    throw new FileReadError(`${options.output} 就是要排版的原文件，未覆盖（请另取文件名，或加 --force）`);
  const paragraphs = await readDocumentParagraphs(input);
  if (paragraphs.every((p) => p.trim() === "")) throw new FileReadError(`${basename(input)}：文档中没有文字`);
  const formatted = formatParagraphs(paragraphs, { kind: options.kind, letter: options.letter || undefined });
  const title = formatted.blocks.find((b) => b.kind === "title" || b.kind === "issuerMark")?.text;
  const docx = await zipDocx(formattedDocx(formatted, title ?? basename(input, extname(input))));
  await writeOutputFile(options.output, docx, options.force);
  const read = options.kind
    ? "按所选"
    : formatted.evidence.length
      ? `读自${formatted.evidence.join("、")}`
      : "未能判断，按通知";
  const lines = [`已排版：${options.output}（${KIND_LABELS[formatted.kind]}，${read}；原文一字未改）`];
  const offered = checkDocument({ paragraphs, kind: formatted.kind, options: config }).findings.filter(
    (f): f is Finding & { fix: TextFix } => f.fix?.kind === "text" && OFFERED.test(f.ruleId),
  );
  if (offered.length) {
    lines.push(`可修正（${offered.length} 处，未改动，请确认后在原文中修改）：`);
    for (const f of offered)
      lines.push(`  第 ${f.fix.paragraph + 1} 段：“${f.fix.before}”→“${f.fix.after}”  ${f.message}  ${f.ruleId}`);
  }
  return lines;
}
