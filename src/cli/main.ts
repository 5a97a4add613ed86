import { Command, CommanderError } from "commander";
import type { DocumentKind } from "../core/rules/text-rule";
import type { LocalDate } from "../core/text/dates";
import { UserError } from "../core/user-error";
import type { FileCheck } from "./check-command";
import type { LintResult } from "./lint-command";
import { debugWanted, internalErrorText } from "./internal-error";
import { paint, printable, useColour } from "./terminal";

// Everything printed passes printable(): text read from the user's files may hold terminal escape sequences.
const writeOut = (text: string) => process.stdout.write(printable(text));
const writeErr = (text: string) => process.stderr.write(printable(text));
const writeLines = (lines: Iterable<string>) => {
  for (const line of lines) writeOut(line + "\n");
};

// Each sub-command loads its engine when it runs: `huiwu --help` and `huiwu lint` do not pay for the workbook
// reader, the drafting engine or each other's dictionaries.
const loadCheck = () => import(/* webpackChunkName: "check" */ "./check-command");
const loadLint = () => import(/* webpackChunkName: "lint" */ "./lint-command");
const loadConfigFile = () => import(/* webpackChunkName: "config" */ "./config-file");
const loadDates = () => import(/* webpackChunkName: "dates" */ "../core/text/dates");

declare const HUIWU_VERSION: string;

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** A failure the user can act on: printed as one Chinese line, exit code 2. */
export class UsageError extends UserError {}

const HELP_TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
};

const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: unknown command '([^']*)'/, "huiwu: 未知命令 “$1”"],
  [/^error: unknown option '([^']*)'/, "huiwu: 未知选项 “$1”"],
  [/^error: missing required argument '([^']*)'/, "huiwu: 缺少参数 $1"],
  [/^error: option '([^']*)' argument missing/, "huiwu: 选项 $1 缺少取值"],
  [/^error: too many arguments/, "huiwu: 参数过多"],
  [/^error: required option '([^']*)' not specified/, "huiwu: 缺少必需的选项 $1"],
  [/\(Did you mean ([^?]*)\?\)/, "（是不是要用 $1？）"],
];

/** Commander's English error, in Chinese, on one line with the pointer to --help. */
function translateCommanderError(text: string): string {
  let chinese = text;
  for (const [pattern, replacement] of COMMANDER_ERRORS) chinese = chinese.replace(pattern, replacement);
  return `${chinese.replace(/\s*\n\s*/g, "").trim()}（用 huiwu --help 查看用法）\n`;
}

/** An option that takes one of two words: the word, or a usage error that names both. */
function oneOf<T extends string>(option: string, value: string, choices: readonly [T, T]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} 只能是 ${choices[0]} 或 ${choices[1]}，不能是“${value}”`);
}

/** `--on`: the day a 督办台账 is checked on; today where it is not given. */
async function checkDateOf(text: string | undefined): Promise<LocalDate> {
  const { localDateOf, parseDateTimeText } = await loadDates();
  if (text === undefined) return localDateOf(new Date());
  const reading = parseDateTimeText(text);
  if (!reading.ok || !reading.value.date || reading.value.time)
    throw new UsageError(`--on 无法识别：“${text}”，应写作 2026-12-31`);
  return reading.value.date;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("huiwu")
    .description("会务助手：核对会务登记表，检查会议通知与会议纪要")
    .version(typeof HUIWU_VERSION === "string" ? HUIWU_VERSION : "0.0.0-dev", "-v, --version", "显示版本号")
    // Every sub-command takes the same -h (commander copies it to each as it is added).
    .helpOption("-h, --help", "显示帮助")
    .option("--debug", "出错时显示内部详情（给维护人员看）")
    .addHelpCommand(false)
    .configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) })
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title });

  program
    .command("check")
    .description(
      "检查登记表：签到表、参会名单、通知签收登记表、收文登记表、印章使用登记表、督办台账、会议材料发放登记表、座次图/桌签",
    )
    .argument("<files...>", "一个或多个 .xlsx / .xlsm / .xls / .et / .ods / .csv 文件")
    .option("--json", "输出一个 JSON 文档")
    .option("--start <datetime>", '会议开始时间，如 "2026-12-03 09:00"（表中未写明时使用）')
    .option("--config <file>", "配置文件（默认当前目录的 huiwu.config.json）")
    .option("--copy-to <folder>", "把核对结果副本（问题单元格标色，附“核对报告”工作表）写到该文件夹；原文件不变")
    .option("--force", "--copy-to 的文件夹中已有同名副本时覆盖它")
    .option("--max-cells <count>", "最多读取的单元格数（默认 10000000），超过时不检查")
    .option("--on <date>", "督办台账的检查日，如 2026-12-31（默认今天）：据此判断逾期和即将到期")
    .action(
      async (
        files: string[],
        opts: {
          json?: boolean;
          on?: string;
          start?: string;
          config?: string;
          copyTo?: string;
          force?: boolean;
          maxCells?: string;
        },
      ) => {
        const [{ loadConfig }, { parseDateTimeText }, { DEFAULT_READ_LIMITS }, check] = await Promise.all([
          loadConfigFile(),
          loadDates(),
          import(/* webpackChunkName: "check" */ "../hosts/files/read-workbook"),
          loadCheck(),
        ]);
        const { checkFile, checkJson, formatCheck, summary, writeCheckedCopies } = check;
        const options = { ...(await loadConfig(opts.config)), checkDate: await checkDateOf(opts.on) };
        if (opts.start) {
          const reading = parseDateTimeText(opts.start);
          if (!reading.ok || !reading.value.date)
            throw new UsageError(`--start 无法识别：“${opts.start}”，应写作 "2026-12-03 09:00"`);
          options.meetingStart = reading.value;
        }
        const limits = { ...DEFAULT_READ_LIMITS };
        if (opts.maxCells !== undefined) {
          const count = Number(opts.maxCells.replace(/[,_，]/g, ""));
          if (!Number.isInteger(count) || count <= 0)
            throw new UsageError(`--max-cells 应为正整数，不能是“${opts.maxCells}”`);
          limits.maxCells = count;
        }
        const results: FileCheck[] = [];
        for (const file of files) results.push(await checkFile(file, options, limits));
        const copies = opts.copyTo ? await writeCheckedCopies(results, opts.copyTo, opts.force) : [];
        if (opts.json) {
          const docs = results.map(checkJson);
          writeOut(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + "\n");
        } else {
          const colour = paint(useColour(process.stdout));
          for (const result of results) writeOut(formatCheck(result, colour) + "\n\n");
          writeOut(summary(results).text + "\n");
          for (const copy of copies) writeOut(`核对结果副本：${copy}\n`);
        }
        process.exitCode = summary(results).counts.error > 0 ? EXIT.findings : EXIT.ok;
      },
    );
  program
    .command("lint")
    .description("检查会议通知或会议纪要（.docx 或 .txt）")
    .argument("<files...>", "一个或多个 .docx / .txt 文件")
    .option("--json", "输出一个 JSON 文档")
    .option("--kind <kind>", "notice（通知）或 minutes（纪要）；默认按标题判断")
    .option("--signin <file>", "签到表 .xlsx：核对纪要的出席名单")
    .option("--config <file>", "配置文件（默认当前目录的 huiwu.config.json）")
    .option("--explain", "同时说明读法：文种的依据，每个要素在哪一段、从标签还是句子读出")
    .action(
      async (
        files: string[],
        opts: { json?: boolean; kind?: string; signin?: string; config?: string; explain?: boolean },
      ) => {
        if (opts.kind) oneOf("--kind", opts.kind, ["notice", "minutes"]);
        const [{ loadConfig }, { formatExplain, formatLint, lintFile, lintJson }] = await Promise.all([
          loadConfigFile(),
          loadLint(),
        ]);
        const options = await loadConfig(opts.config);
        const attendance = opts.signin
          ? await (
              await import(/* webpackChunkName: "check" */ "./signin-attendance")
            ).signinAttendance(opts.signin, options)
          : null;
        const results: LintResult[] = [];
        for (const file of files)
          results.push(await lintFile(file, options, opts.kind as DocumentKind | undefined, attendance));
        if (opts.json) {
          const docs = results.map((r) =>
            opts.explain ? { ...(lintJson(r) as object), elements: r.elements, cut: r.cut } : lintJson(r),
          );
          writeOut(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + "\n");
        } else {
          const colour = paint(useColour(process.stdout));
          for (const result of results) {
            if (opts.explain) writeOut(formatExplain(result, colour) + "\n");
            writeOut(formatLint(result, colour) + "\n\n");
          }
        }
        process.exitCode = results.some((r) => r.findings.some((f) => f.severity === "error"))
          ? EXIT.findings
          : EXIT.ok;
      },
    );

  program
    .command("draft")
    .description("按 GB/T 9704 生成会议通知或会议纪要 .docx（先检查，有错误时不生成）")
    .argument("<kind>", "notice（通知）或 minutes（纪要）")
    .argument("<input>", "JSON 输入文件")
    .requiredOption("-o, --output <file>", "输出的 .docx 文件")
    .option("--signin <file>", "纪要：从签到表 .xlsx 导入出席、请假、列席")
    .option("--order <order>", "纪要名单排序：strokes（姓氏笔画）或 given（保持原顺序）", "strokes")
    .option("--force", "有错误也生成；输出文件已存在时覆盖它")
    .option("--config <file>", "配置文件（默认当前目录的 huiwu.config.json）")
    .action(
      async (
        kind: string,
        input: string,
        opts: { output: string; signin?: string; order: string; force?: boolean; config?: string },
      ) => {
        if (kind !== "notice" && kind !== "minutes")
          throw new UsageError(`要生成的只能是 notice 或 minutes，不能是“${kind}”`);
        if (opts.order !== "strokes" && opts.order !== "given") throw new UsageError(`--order 只能是 strokes 或 given`);
        if (opts.signin && kind !== "minutes") throw new UsageError("--signin 只用于纪要（minutes）");
        const [{ loadConfig }, { draft }] = await Promise.all([
          loadConfigFile(),
          import(/* webpackChunkName: "draft" */ "./draft-command"),
        ]);
        const result = await draft(kind, input, { ...opts, order: opts.order }, await loadConfig(opts.config));
        writeLines(result.lines);
        process.exitCode = result.written ? EXIT.ok : EXIT.findings;
      },
    );

  program
    .command("format")
    .description("一键排版：把已有的会议通知或纪要（.docx / .txt）按 GB/T 9704 排成新的 .docx，一字不改")
    .argument("<input>", "要排版的文档：.docx / .txt")
    .requiredOption("-o, --output <file>", "输出的 .docx 文件（不覆盖原文件）")
    .option("--kind <kind>", "notice（通知）或 minutes（纪要）；不写时按标题和正文判断")
    .option("--letter", "按信函格式排版（发文字号为“…函〔年份〕号”时自动采用）")
    .option("--force", "输出文件已存在时覆盖它")
    .option("--config <file>", "配置文件（默认当前目录的 huiwu.config.json）")
    .action(
      async (
        input: string,
        opts: { output: string; kind?: string; letter?: boolean; force?: boolean; config?: string },
      ) => {
        const kind = opts.kind === undefined ? undefined : oneOf("--kind", opts.kind, ["notice", "minutes"]);
        const [{ loadConfig }, { formatFile }] = await Promise.all([
          loadConfigFile(),
          import(/* webpackChunkName: "format" */ "./format-command"),
        ]);
        const lines = await formatFile(input, { ...opts, kind }, await loadConfig(opts.config));
        writeLines(lines);
      },
    );

  program
    .command("cards")
    .description("按参会名单制作桌签 .docx：每人一页，横向 A4 对折，上半页倒置，两面都能读")
    .argument("<roster>", "参会名单：.xlsx / .xls / .et / .ods / .csv（“姓名”列，可有“单位”列）")
    .requiredOption("-o, --output <file>", "输出的 .docx 文件")
    .option("--font <font>", "kai（楷体）或 hei（黑体）", "kai")
    .option("--unit", "在姓名下方用小字印单位")
    .option("--force", "输出文件已存在时覆盖它")
    .action(async (roster: string, opts: { output: string; font: string; unit?: boolean; force?: boolean }) => {
      const font = oneOf("--font", opts.font, ["kai", "hei"]);
      const { cards } = await import(/* webpackChunkName: "cards" */ "./cards-command");
      const lines = await cards(roster, { output: opts.output, font, unit: opts.unit, force: opts.force });
      writeLines(lines);
    });

  program
    .command("track")
    .description("把会议纪要的议定事项登记到督办台账 .xlsx（台账已存在时只追加新事项）")
    .argument("<minutes>", "会议纪要：.docx / .txt，或起草纪要用的 .json")
    .requiredOption("-o, --output <file>", "督办台账 .xlsx：不存在时新建，已存在时在末尾追加")
    .action(async (minutes: string, opts: { output: string }) => {
      const { track } = await import(/* webpackChunkName: "track" */ "./track-command");
      writeLines(await track(minutes, opts.output));
    });

  program
    .command("seating")
    .description("按参会名单的排序生成座次图 .xlsx：主席台1号居中、2号在1号左手，前排高于后排；观众视角，A4 横向一页")
    .argument("<roster>", "参会名单：.xlsx / .xls / .et / .ods / .csv（有“排序”列时按它排，否则按序号或行序）")
    .requiredOption("-o, --output <file>", "输出的座次图 .xlsx（附参会名单，可再用 huiwu check 核对）")
    .option("--podium <count>", "主席台人数：名单前几人（默认 7，名单不足 7 人时全部）")
    .option("--podium-rows <count>", "主席台排数（默认 1；前排坐排序靠前的人）")
    .option("--hall-columns <count>", "会场每排座位数（默认 10）")
    .option("--side <side>", "left（左高右低，默认）或 right（以右为上）", "left")
    .option("--by-unit", "会场按单位集中就座")
    .option("--force", "输出文件已存在时覆盖它")
    .action(
      async (
        roster: string,
        opts: {
          output: string;
          podium?: string;
          podiumRows?: string;
          hallColumns?: string;
          side: string;
          byUnit?: boolean;
          force?: boolean;
        },
      ) => {
        if (opts.side !== "left" && opts.side !== "right")
          throw new UsageError(`--side 只能是 left（左高右低）或 right（以右为上），不能是“${opts.side}”`);
        const count = (name: string, text: string | undefined, min: number) => {
          if (text === undefined) return undefined;
          const n = Number(text);
          if (!Number.isInteger(n) || n < min)
            throw new UsageError(`${name} 应为不小于 ${min} 的整数，不能是“${text}”`);
          return n;
        };
        const { seating } = await import(/* webpackChunkName: "seating" */ "./seating-command");
        const lines = await seating(roster, opts.output, {
          podium: count("--podium", opts.podium, 0),
          podiumRows: count("--podium-rows", opts.podiumRows, 1),
          hallColumns: count("--hall-columns", opts.hallColumns, 1),
          side: opts.side,
          groupByUnit: opts.byUnit === true,
          force: opts.force === true,
        });
        writeLines(lines);
      },
    );

  program
    .command("replies")
    .description("汇总各单位回执为参会名单 .xlsx，并按通知核对：缺报、重复报名、超名额、逾期、无联系电话")
    .argument("<notice>", "会议通知：.docx / .txt（主送、参会范围、名额、回执截止日期）")
    .argument("<replies...>", "回执文件或文件夹：.xlsx / .xls / .et / .ods / .csv / .docx")
    .requiredOption("-o, --output <file>", "输出的参会名单 .xlsx")
    .option("--order <order>", "notice（按通知中的单位顺序，默认）或 strokes（姓氏笔画）", "notice")
    .option("--units <file>", "应报送回执的单位列表 .txt（每行一个），代替通知中的单位")
    .option("--received <file=date...>", "登记收到日期，如 县财政局回执.xlsx=2026-12-02（默认按文件修改时间）")
    .option("--append", "-o 的名单已存在时，只追加新回执中的新人员")
    .option("--force", "-o 的文件已存在时覆盖它")
    .option("--config <file>", "配置文件（默认当前目录的 huiwu.config.json）")
    .action(
      async (
        notice: string,
        replies: string[],
        opts: {
          output: string;
          order: string;
          units?: string;
          received?: string[];
          append?: boolean;
          force?: boolean;
          config?: string;
        },
      ) => {
        const order = oneOf("--order", opts.order, ["notice", "strokes"]);
        if (opts.append && opts.force) throw new UsageError("--append 和 --force 只能选一个");
        const [{ loadConfig }, command] = await Promise.all([
          loadConfigFile(),
          import(/* webpackChunkName: "replies" */ "./replies-command"),
        ]);
        const result = await command.replies(notice, replies, { ...opts, order }, await loadConfig(opts.config));
        const colour = paint(useColour(process.stdout));
        writeLines([...command.formatReplyFindings(result.findings, colour), "", ...result.lines]);
        process.exitCode = result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
      },
    );

  program
    .command("signin-sheet")
    .description("按参会名单生成待签名的签到表 .xlsx（或 --docx）：A4、每页重复表头、行高便于签名，签后可用 check 统计")
    .argument("<roster>", "参会名单：.xlsx / .xls / .et / .ods / .csv")
    .requiredOption("-o, --output <file>", "输出的签到表 .xlsx（--docx 时为 .docx）")
    .option("--by <grouping>", "unit（按单位，默认）或 venue（按“会场”列分组）", "unit")
    .option("--docx", "生成 Word 表格")
    .option("--force", "输出文件已存在时覆盖它")
    .action(async (roster: string, opts: { output: string; by: string; docx?: boolean; force?: boolean }) => {
      const by = oneOf("--by", opts.by, ["unit", "venue"]);
      const { signinSheetCommand } = await import(/* webpackChunkName: "signin-sheet" */ "./signin-sheet-command");
      writeLines(await signinSheetCommand(roster, { ...opts, by }));
    });

  program
    .command("samples")
    .description("把内置示例登记表写入文件夹，便于试用 huiwu check")
    .argument("[dir]", "目标文件夹", "huiwu-samples")
    .action(async (dir: string) => {
      const { writeSamples } = await import(/* webpackChunkName: "samples" */ "./samples-command");
      const { written, kept } = await writeSamples(dir);
      for (const path of written) writeOut(`已写入 ${path}\n`);
      for (const path of kept) writeOut(`已存在，保留原文件：${path}\n`);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof UserError) writeErr(`huiwu: ${error.message.replace(/\s*\n\s*/g, " ")}\n`);
    else writeErr(internalErrorText(error, debugWanted(argv)));
    return EXIT.failure;
  }
}
