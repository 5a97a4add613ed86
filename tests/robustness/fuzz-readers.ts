import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { checkFile, writeCheckedCopies } from "../../src/cli/check-command";
import { loadConfig } from "../../src/cli/config-file";
import { draft } from "../../src/cli/draft-command";
import { lintFile } from "../../src/cli/lint-command";
import { track } from "../../src/cli/track-command";
import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { UserError } from "../../src/core/user-error";
import { xmlProblem } from "./well-formed-xml";

/** What each reader is fed: the same entry points the CLI calls for `check`, `lint`, `draft`, `track` and configs. */
export type Reader = "xlsx" | "xls" | "ods" | "csv" | "docx" | "config" | "draft" | "track";

export interface FuzzInput {
  reader: Reader;
  /** The file's name, its extension as the user would have it. */
  name: string;
  bytes: Uint8Array;
  /** For `track`: the minutes (draft JSON) whose decisions are appended to the 台账 in `bytes`. */
  minutesJson?: Uint8Array;
}

export type Verdict =
  | "result" // read and checked, or a well-formed file written
  | "chinese-line" // refused with one Chinese line: a UserError
  | "internal" // any other error: the CLI prints “内部错误” and English
  | "bad-message" // a UserError whose message is not one Chinese line
  | "bad-output" // a file written that is not well-formed XML
  | "silent-empty" // a damaged workbook read as no sheets, with no word that it is damaged
  | "timeout"
  | "out-of-memory";

export interface Outcome {
  verdict: Verdict;
  detail: string;
}

const CJK = /[\u3400-\u9fff]/;
const FAILURE_VERDICTS: Verdict[] = [
  "internal",
  "bad-message",
  "bad-output",
  "silent-empty",
  "timeout",
  "out-of-memory",
];
export const isFailure = (outcome: Outcome) => FAILURE_VERDICTS.includes(outcome.verdict);

/** What the user would see of an error: one Chinese line, or an internal error in English. */
export function judgeError(error: unknown): Outcome {
  if (!(error instanceof UserError)) {
    const e = error instanceof Error ? error : new Error(String(error));
    const frame =
      e.stack
        ?.split("\n")
        .find((line) => /^\s+at /.test(line))
        ?.trim() ?? "";
    return { verdict: "internal", detail: `${e.name}: ${e.message.slice(0, 200)} ${frame}` };
  }
  const message = error.message;
  const oneChineseLine =
    CJK.test(message) && !/\n/.test(message.trim()) && !/\bError:|内部错误|\bat .+:\d+/.test(message);
  return oneChineseLine
    ? { verdict: "chinese-line", detail: message.slice(0, 200) }
    : { verdict: "bad-message", detail: message.slice(0, 300) };
}

let workdir: string | null = null;
let counter = 0;

function place(name: string, bytes: Uint8Array): { dir: string; path: string } {
  workdir ??= mkdtempSync(join(tmpdir(), "huiwu-fuzz-"));
  const dir = join(workdir, String(++counter));
  const path = join(dir, name);
  mkdirSync(dir);
  writeFileSync(path, bytes);
  return { dir, path };
}

/** Runs one input through its reader as the CLI would. */
export async function runReader(input: FuzzInput): Promise<Outcome> {
  const { dir, path } = place(input.name, input.bytes);
  try {
    return await READERS[input.reader](path, dir, input);
  } catch (error) {
    return judgeError(error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const written: Outcome = { verdict: "result", detail: "" };

const READERS: Record<Reader, (path: string, dir: string, input: FuzzInput) => Promise<Outcome>> = {
  async xlsx(path, dir, input) {
    const result = await checkFile(path, DEFAULT_OPTIONS);
    // `check` would print “工作簿中没有内容” and exit 0: from a workbook file, no sheet at all means damage.
    const binary = (input.bytes[0] === 0x50 && input.bytes[1] === 0x4b) || input.bytes[0] === 0xd0;
    if (result.grids.length === 0 && binary)
      return { verdict: "silent-empty", detail: "no sheet read, exit 0 (工作簿中没有内容)" };
    const [copy] = await writeCheckedCopies([result], join(dir, "copies"), true);
    return (await writtenPackageProblem(input.bytes, readFileSync(copy))) ?? written;
  },
  xls: (path, dir, input) => READERS.xlsx(path, dir, input),
  ods: (path, dir, input) => READERS.xlsx(path, dir, input),
  csv: (path, dir, input) => READERS.xlsx(path, dir, input),
  async docx(path) {
    await lintFile(path, DEFAULT_OPTIONS, undefined, null);
    return written;
  },
  async config(path) {
    await loadConfig(path);
    return written;
  },
  async draft(path, dir, input) {
    const output = join(dir, "draft.docx");
    const kind = input.name.includes("纪要") ? "minutes" : "notice";
    const result = await draft(kind, path, { output, force: true }, DEFAULT_OPTIONS);
    if (!result.written) return { verdict: "result", detail: "not written: errors found" };
    return (await writtenPackageProblem(null, readFileSync(output))) ?? written;
  },
  async track(path, dir, input) {
    const minutes = join(dir, "纪要.json");
    writeFileSync(minutes, input.minutesJson!);
    await track(minutes, path);
    return (await writtenPackageProblem(input.bytes, readFileSync(path))) ?? written;
  },
};

/**
 * A part of a written package that is not well-formed XML: each part the writer made or changed, except parts
 * that were already broken in the input (a copy passes those on untouched, as it must).
 */
async function writtenPackageProblem(input: Uint8Array | null, output: Uint8Array): Promise<Outcome | null> {
  const before = input && (await JSZip.loadAsync(input).catch(() => null));
  const after = await JSZip.loadAsync(output);
  const UNREADABLE = "<unreadable/";
  const text = (zip: JSZip | null | undefined, name: string) =>
    zip
      ?.file(name)
      ?.async("string")
      .catch(() => UNREADABLE);
  for (const name of Object.keys(after.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    // A part of the input that cannot even be unpacked (its size a lie) counts as broken in the input.
    const [original, written] = [await text(before, name), (await text(after, name))!];
    if (original === written || (original !== undefined && xmlProblem(original))) continue;
    const problem = written === UNREADABLE ? "cannot be unpacked" : xmlProblem(written);
    if (problem) return { verdict: "bad-output", detail: `${name}: ${problem}` };
  }
  return null;
}
