import { basename } from "node:path";
import { type Minutes, type Notice } from "../core/meeting/notice";
import { DraftInputError, parseMinutesInput, parseNoticeInput } from "../core/meeting/draft-input";
import { attendanceLines } from "../core/meeting/minutes-attendance";
import type { CheckOptions } from "../core/rules/config";
import { type FormCheck, checkMinutesForm, checkNoticeForm } from "../core/rules/check-form";
import { SEVERITY_LABELS } from "../core/rules/finding";
import { minutesDocx, noticeDocx } from "../core/render";
import { jsonSyntaxProblem } from "../core/json-syntax";
import { decodeText } from "../hosts/files/text-bytes";
import { zipDocx } from "../hosts/files/write-docx";
import { readFileBytes } from "./read-file";
import { signinAttendance } from "./signin-attendance";
import { writeOutputFile } from "./write-file";

export interface DraftOptions {
  output: string;
  force?: boolean;
  signin?: string;
  order?: "strokes" | "given";
}

export async function readJson(path: string): Promise<unknown> {
  const text = decodeText(await readFileBytes(path), basename(path));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DraftInputError(`${path}：不是有效的 JSON，${jsonSyntaxProblem(text, error)}`);
  }
}

/** The draft's fields from the JSON read, or one line naming the file and each field that is wrong. */
function parsedInput<T>(path: string, parse: (raw: unknown) => T, raw: unknown): T {
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof DraftInputError) throw new DraftInputError(`${path}：${error.message}`);
    throw error;
  }
}

/** The checks' findings as lines for the terminal; the draft stops on errors unless forced. */
function report(check: FormCheck): { lines: string[]; errors: number } {
  const lines = check.findings.map((f) => `${SEVERITY_LABELS[f.severity]}：${f.message}  ${f.ruleId}`);
  return { lines, errors: check.findings.filter((f) => f.severity === "error").length };
}

export async function draft(
  kind: "notice" | "minutes",
  input: string,
  options: DraftOptions,
  config: CheckOptions,
): Promise<{ written: boolean; lines: string[] }> {
  const raw = await readJson(input);
  let parts: Record<string, string>;
  let check: FormCheck;
  if (kind === "notice") {
    const notice: Notice = parsedInput(input, parseNoticeInput, raw);
    check = checkNoticeForm(notice, config);
    parts = noticeDocx(notice);
  } else {
    let minutes: Minutes = parsedInput(input, parseMinutesInput, raw);
    let attendance = null;
    if (options.signin) {
      attendance = await signinAttendance(options.signin, config);
      const lines = attendanceLines(attendance, options.order ?? "strokes");
      minutes = {
        ...minutes,
        present: minutes.present ?? lines.present,
        leave: minutes.leave ?? lines.leave,
        attending: minutes.attending ?? lines.attending,
      };
    }
    check = checkMinutesForm(minutes, config, attendance);
    parts = minutesDocx(minutes);
  }
  const { lines, errors } = report(check);
  if (errors > 0 && !options.force) {
    lines.push(`有 ${errors} 个错误，未生成文档（修改后重试，或用 --force 仍然生成）`);
    return { written: false, lines };
  }
  await writeOutputFile(options.output, await zipDocx(parts), options.force);
  lines.push(`已写入 ${options.output}`);
  return { written: true, lines };
}
