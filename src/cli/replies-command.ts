import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { type CollectInput, type Collected, collectReplies } from "../core/replies/collect";
import { LIST_SHEET, listTable, readListedPeople } from "../core/replies/list-grid";
import { type ListOrder, type MergedReplies, tallyByUnit } from "../core/replies/merge";
import type { ReplySource } from "../core/replies/read-reply";
import { unitsOfList } from "../core/replies/units";
import type { CheckOptions } from "../core/rules/config";
import { type Finding, SEVERITIES, SEVERITY_LABELS } from "../core/rules/finding";
import { type LocalDate, parseDateTimeText } from "../core/text/dates";
import { UserError } from "../core/user-error";
import { FileReadError } from "../hosts/files/file-error";
import { receivedByModification, replySource } from "../hosts/files/read-reply-file";
import { readWorkbookGrids } from "../hosts/files/read-workbook";
import { decodeText } from "../hosts/files/text-bytes";
import { printTableWorkbook } from "../hosts/files/print-table-workbook";
import { readDocumentParagraphs } from "./lint-command";
import { readFileBytes } from "./read-file";
import { updateUserFile } from "./safe-replace";
import type { Paint } from "./terminal";
import { writeOutputFile } from "./write-file";

export interface RepliesOptions {
  output: string;
  order: ListOrder;
  units?: string;
  /** `县财政局回执.xlsx=2026-12-02`: the day a 回执 came, where the file's own date is not it. */
  received?: string[];
  append?: boolean;
  force?: boolean;
}

export interface RepliesResult {
  lines: string[];
  findings: Finding[];
}

const REPLY_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv", ".docx"]);

/** The 回执 files given: each file, and the files of each folder (not its subfolders), by name. */
async function replyFiles(paths: string[], skip: Set<string>): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new FileReadError(`${path}：文件不存在`);
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path))
      .filter((n) => REPLY_EXTENSIONS.has(extname(n).toLowerCase()) && !/^~\$|^\.~lock\./.test(n))
      .sort((a, b) => a.localeCompare(b, "zh-CN"));
    files.push(...names.map((n) => join(path, n)).filter((f) => !skip.has(resolve(f))));
  }
  if (files.length === 0)
    throw new FileReadError(`${paths.join("、")}：没有找到回执文件（.xlsx/.xls/.et/.ods/.csv/.docx）`);
  return files;
}

function receivedDates(given: string[] = []): Map<string, LocalDate> {
  const dates = new Map<string, LocalDate>();
  for (const entry of given) {
    const at = entry.lastIndexOf("=");
    const reading = at > 0 ? parseDateTimeText(entry.slice(at + 1)) : null;
    if (!reading?.ok || !reading.value.date)
      throw new UserError(`--received 应写作 文件名=2026-12-02，不能是“${entry}”`);
    dates.set(basename(entry.slice(0, at)), reading.value.date);
  }
  return dates;
}

/** A 回执 at `path`, received on the date given for it (--received), else on its file's modification day. */
async function replyAt(path: string, given: Map<string, LocalDate>): Promise<ReplySource> {
  const file = basename(path);
  const bytes = await readFileBytes(path);
  const on = given.get(file);
  return replySource(
    file,
    bytes,
    on ? { on, how: "登记的收到日期" } : receivedByModification((await stat(path)).mtime.getTime()),
  );
}

/**
 * `huiwu replies 通知.docx 回执… -o 参会名单.xlsx`: the 回执 merged into one 参会名单 and checked against the notice.
 * With --append the list at -o is added to (回执 merged before are not read again); it is never overwritten
 * without --force.
 */
export async function replies(
  notice: string,
  inputs: string[],
  options: RepliesOptions,
  checkOptions: CheckOptions,
): Promise<RepliesResult> {
  const paragraphs = await readDocumentParagraphs(notice);
  const units = options.units
    ? {
        file: basename(options.units),
        units: unitsOfList(decodeText(await readFileBytes(options.units), basename(options.units))),
      }
    : undefined;
  const given = receivedDates(options.received);
  const files = await replyFiles(inputs, new Set([resolve(notice), resolve(options.output)]));
  const sources: ReplySource[] = [];
  for (const path of files) sources.push(await replyAt(path, given));

  const collect = (existing?: CollectInput["existing"]) =>
    collectReplies({
      notice: { file: basename(notice), paragraphs },
      sources,
      order: options.order,
      units,
      existing,
      options: checkOptions,
    });
  let collected: Collected;
  const appending = options.append === true && (await stat(options.output).catch(() => null)) !== null;
  if (appending) {
    collected = await updateUserFile(options.output, async (bytes) => {
      const grids = await readWorkbookGrids(bytes, basename(options.output));
      const list = grids.map((g) => readListedPeople(g, basename(options.output))).find((l) => l !== null);
      if (!list) throw new FileReadError(`${options.output}：没有找到参会名单（需要“姓名”列），不能追加`);
      const result = collect(list);
      const changed = result.merged.added.length > 0;
      return { bytes: changed ? await printTableWorkbook(listTable(result.merged, result.heading)) : null, result };
    });
  } else {
    collected = collect();
    await writeOutputFile(
      options.output,
      await printTableWorkbook(listTable(collected.merged, collected.heading)),
      options.force,
    );
  }
  return {
    lines: summaryLines(
      collected.merged,
      collected.expectedUnits,
      { ...options, append: appending },
      units !== undefined,
    ),
    findings: collected.findings,
  };
}

function summaryLines(merged: MergedReplies, units: string[], options: RepliesOptions, listed: boolean): string[] {
  const read = merged.replies.length;
  const lines = [
    options.append
      ? merged.added.length > 0
        ? `已在 ${options.output} 中增加 ${merged.added.length} 人（来自 ${read} 份新回执），名单共 ${merged.people.length} 人`
        : `${options.output} 中已有这些人员，未改动`
      : `已生成 ${options.output}（工作表“${LIST_SHEET}”）：${merged.people.length} 人，来自 ${read} 份回执`,
  ];
  if (merged.alreadyMerged.length) lines.push(`已汇总过、未再读取：${merged.alreadyMerged.join("、")}`);
  if (units.length === 0)
    lines.push(
      listed ? "单位列表是空的，未检查缺报" : "通知未逐一列出参会单位，未检查缺报（可用 --units 单位列表.txt 指定）",
    );
  lines.push("各单位人数：");
  for (const { unit, count } of tallyByUnit(merged.people, units))
    lines.push(`  ${(unit || "（未写单位）").padEnd(12, "　")} ${count} 人${count === 0 ? "（未报送）" : ""}`);
  return lines;
}

/** The findings as the CLI prints them: by severity, each with its file and cell. */
export function formatReplyFindings(findings: Finding[], paint: Paint): string[] {
  if (findings.length === 0) return ["回执未发现问题"];
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint.severity(severity, `${SEVERITY_LABELS[severity]}（${group.length}）`));
    for (const f of group) {
      const where =
        f.place.kind === "cell"
          ? `${f.place.file} ${f.place.sheet}!${f.place.cell}`
          : f.place.kind === "file"
            ? f.place.file
            : "";
      lines.push(`  ${where}  ${f.message}  ${paint.dim(f.ruleId)}`);
    }
  }
  return lines;
}
