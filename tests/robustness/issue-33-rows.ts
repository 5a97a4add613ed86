/**
 * The rest of issue 33's inputs for docs/robustness.md: hostile inputs found while finishing it, built here and
 * timed, and the inputs whose tests live beside the code they test (safe writes, track's placement, sheet names,
 * error classes): those rows name the test, and fail when it is renamed or gone.
 */
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { runCli, workdir } from "../cli/cli-harness";
import type { BadInput } from "./bad-inputs";

const dir = workdir();
let counter = 0;
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, `${++counter}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`);
}

/**
 * The issue's budget: every hostile input ends within 10 s. On a machine others load, wall time says more about
 * them than about the input, and CPU time counts the garbage collector's parallel threads: the lesser is taken.
 */
async function within<T>(work: () => Promise<T>, seconds = 10): Promise<T> {
  const [wall, cpu] = [Date.now(), process.cpuUsage()];
  const result = await work();
  const { user, system } = process.cpuUsage(cpu);
  const took = Math.min((Date.now() - wall) / 1000, (user + system) / 1e6);
  expectTrue(took < seconds, `ends within ${seconds} s (the lesser of wall and CPU time), took ${took.toFixed(1)} s`);
  return result;
}

async function exitsWithOneLine(args: string[], message: RegExp): Promise<void> {
  const { code, stderr, stdout } = await within(() => runCli(args));
  const lines = stderr.trim().split("\n");
  expectTrue(code === 2, `exit 2, got ${code} (${stderr || stdout.slice(0, 300)})`);
  expectTrue(lines.length === 1, `one line, got:\n${stderr}`);
  expectTrue(message.test(lines[0]), `${message} in “${lines[0]}”`);
  expectTrue(!/内部错误|Error|\bat .+:\d+/.test(stderr), "no internal error, no English, no stack trace");
}

async function editedSample(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await gridsToXlsx(SAMPLE_WORKBOOKS[0].grids));
  const part = "xl/worksheets/sheet1.xml";
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A row whose behaviour is tested in `test` of `path`: the row holds while that test exists under that name. */
function testedIn(area: BadInput["area"], input: string, expected: string, path: string, test: string): BadInput {
  return {
    area,
    input,
    expected: `${expected}（测试：\`${path}\` “${test}”）`,
    check: async () => {
      const source = readFileSync(join(__dirname, "../..", path), "utf8");
      expectTrue(source.includes(`"${test}"`), `${path} has the test “${test}”`);
    },
  };
}

const SAFE = "tests/cli/safe-replace.test.ts";
const PLACEMENT = "tests/cli/track-placement.test.ts";
const ERRORS = "tests/robustness/error-classes.test.ts";
const WRITERS = "tests/robustness/writers-xml.test.ts";

export const ISSUE_33_ROWS: BadInput[] = [
  testedIn(
    "文件",
    "track -o 指向权限为 600 的督办台账",
    "追加后仍是 600、属主不变（不再变成 644）",
    SAFE,
    "keeps a private file private and its owner",
  ),
  testedIn(
    "文件",
    "track -o 指向只读的督办台账",
    "退出码 2：一行说明文件只读、未追加；文件不变（以前被替换且退出码 0）",
    SAFE,
    "refuses a read-only file in one Chinese line and leaves it as it was, even as root",
  ),
  testedIn(
    "文件",
    "track -o 指向督办台账的符号链接",
    "写到链接指向的文件，链接仍是链接（以前链接被换成普通文件，真正的台账没有追加）",
    SAFE,
    "writes through a symlink to its target, and the link stays a link",
  ),
  testedIn(
    "文件",
    "四个 track 同时追加到同一个督办台账",
    "四次各追加 3 项，共 12 项，一项不丢（以前都说“追加 3 项”，文件只多 3 项）；另有两次追加随机交错的性质测试",
    SAFE,
    "four appends at once each add their items: none is lost",
  ),
  testedIn(
    "文件",
    "track 写到一半被 kill -9",
    "下次运行清掉残留的临时文件和锁文件，自己不留任何临时文件",
    SAFE,
    "clears temp files and a lock left by a killed run, and leaves none of its own",
  ),
  testedIn(
    "单元格",
    "纪要的议定事项中有 U+000B（Word 的软回车）、U+0001、U+FFFE，追加到督办台账",
    "写出的台账是合法 XML，文字按 Excel 的 _xHHHH_ 保存、读回不变（性质测试）",
    WRITERS,
    "track's append to a 督办台账: the new items read back as written",
  ),
  testedIn(
    "单元格",
    "姓名存为 _x000B_ 等控制字符的签到表，生成核对结果（命令行 --copy-to 与浏览器“下载核对结果”用同一写法）",
    "副本和“核对报告”都是合法 XML，姓名读回不变（性质测试）",
    WRITERS,
    "the checked copy: a name that a finding quotes is well-formed in the copy and its 核对报告",
  ),
  testedIn(
    "文件",
    "名称有 33 个字、含 [ ]、以 ' 开头或叫 History 的 .csv，--copy-to 与座次图",
    "工作表名改成 Excel 接受的名称（31 字以内、替换禁用字符），生成副本，标注和报告链接随之改名（以前是英文“内部错误”）",
    "tests/cli/sheet-names.test.ts",
    "check --copy-to a .csv named with %s writes a copy, its faults marked and linked",
  ),
  testedIn(
    "文件",
    "两个同名的输入文件（不同文件夹）一起 --copy-to",
    "生成“名（核对结果）.xlsx”和“名（核对结果）（2）.xlsx”，加 --force 也不互相覆盖",
    "tests/cli/check.test.ts",
    "--copy-to gives two inputs of one name distinct copies in one run, with --force too",
  ),
  testedIn(
    "工作表",
    "督办台账下方有公式未保存结果的“合计”行",
    "退出码 2：一行说明下面第几行有公式或内容，追加会覆盖，未追加",
    PLACEMENT,
    "refuses to write over a 合计 formula saved without its result",
  ),
  testedIn(
    "工作表",
    "督办台账下方有空的合并区域",
    "退出码 2：一行说明，未追加",
    PLACEMENT,
    "refuses to write into an empty merged area below the table",
  ),
  testedIn(
    "工作表",
    "督办台账是 Excel 表格（带筛选）",
    "追加后表格和筛选范围扩展到新行",
    PLACEMENT,
    "grows an Excel table and its filter over the appended rows",
  ),
  testedIn(
    "工作表",
    "督办台账所在工作表受保护",
    "退出码 2：一行说明工作表受保护、未追加",
    PLACEMENT,
    "refuses a protected sheet, saying so",
  ),
  testedIn(
    "工作表",
    "工作表部件以 UTF-16 保存的督办台账",
    "照常追加，写回 UTF-8，不出乱码",
    PLACEMENT,
    "reads a sheet saved as UTF-16 and writes it back as readable UTF-8, never mojibake",
  ),
  testedIn(
    "工作表",
    "4.8 KB 的督办台账，XML 注释里有 100,000 个 <row>（track 曾超过 60 秒）",
    "立即追加（逐个标签扫描一遍，跳过注释），注释原样保留",
    PLACEMENT,
    "appends at once to a sheet whose comment is full of <row> (the patcher is linear), keeping the comment",
  ),
  testedIn(
    "文件",
    "工作簿列出的工作表缺少部件",
    "退出码 2：一行说明文件已损坏，点名该工作表",
    ERRORS,
    "a workbook whose sheet part is missing: the sheet is named, exit 2",
  ),
  testedIn(
    "单元格",
    "共享字符串序号越界的 .xlsx",
    "得出结果或一行中文说明，不是“内部错误”",
    ERRORS,
    "a shared-string index out of range",
  ),
  testedIn(
    "单元格",
    "单元格中有无效的字符引用（&#0;、&#xD800;、&#99999999999;）",
    "得出结果或一行中文说明，不是英文 RangeError",
    ERRORS,
    "a character reference %s in a cell",
  ),
  testedIn(
    "文件",
    "什么也读不出的损坏工作簿",
    "退出码 2：一行说明文件已损坏（以前退出码 0，“工作簿中没有内容”）",
    ERRORS,
    "a workbook with nothing readable exits 2 saying it is damaged, not 0 with 工作簿中没有内容",
  ),
  testedIn(
    "起草",
    "起草输入 JSON 是列表或 null（zod 曾报英文“Invalid input: expected object”）",
    "退出码 2：一行中文说明文件和字段应为对象",
    ERRORS,
    "a draft JSON %j: one Chinese line naming the file and the field",
  ),
  testedIn(
    "配置与参数",
    "huiwu.config.json 有语法错误（JSON.parse 曾报英文并夹带文件片段）",
    "退出码 2：一行说明配置文件的哪一行哪一列不合语法",
    ERRORS,
    "a config %j that is no JSON: the file and where, in Chinese",
  ),
  {
    area: "工作表",
    input: "工作表中有第 99,999,999 行的单元格（曾使内存超过 400 MB）",
    expected: "退出码 2：一行说明超过 Excel 的上限（1,048,576 行），文件已损坏；先看行号再分配",
    check: async () =>
      exitsWithOneLine(
        ["check", file("行号.xlsx", await editedSampleRow("99999999"))],
        /行号\.xlsx：工作表“签到表”中有第 99,999,999 行的单元格，超过 Excel 的上限/,
      ),
  },
  {
    area: "文件",
    input: "损坏的 .xls：一行读出 32,640 列（曾在生成核对结果时占满 CPU 超过 10 秒）",
    expected: "退出码 2：一行说明超过 Excel 的上限（16,384 列），文件已损坏",
    check: async () => {
      // The fuzz's xls#23: the sample .xls with 142 bytes deleted at 6604 and four set to 0x7f at 4521.
      const sample = readFileSync(join(__dirname, "../fixtures/workbooks/formats/signin.xls"));
      const bytes = Buffer.concat([sample.subarray(0, 6604), sample.subarray(6604 + 142)]);
      bytes.fill(0x7f, 4521, 4525);
      const path = file("损坏.xls", bytes);
      await exitsWithOneLine(
        ["check", path, "--copy-to", join(dir, "xls-copies")],
        /损坏\.xls：.*32,640 列.*超过 Excel 的上限/,
      );
    },
  },
  {
    area: "文件",
    input: "200,000 行的 .csv，其中一行写到第 16,383 列，--copy-to（SheetJS 写副本时要走遍 33 亿个单元格位置）",
    expected: "检查照常；副本不生成，退出码 2：一行说明副本过大、请删去远处多余的单元格",
    check: async () => {
      const lines = [
        "序号,姓名,单位,签到时间",
        ...Array.from({ length: 200_000 }, (_, i) => `${i + 1},张${i},单位${i % 50},08:30`),
      ];
      lines[8] += ",".repeat(16_380) + "x";
      const path = file("宽表.csv", lines.join("\n"));
      await exitsWithOneLine(
        ["check", path, "--copy-to", join(dir, "wide-copies")],
        /宽表\.csv：.*核对结果副本过大，未生成/,
      );
    },
  },
  {
    area: "文件",
    input: "4.5 KB 的签到表，XML 注释里有 100,000 个 <row>，--copy-to（标注单元格曾是平方级）",
    expected: "几秒内生成核对结果：逐个标签扫描一遍，跳过注释；注释原样保留",
    check: async () => {
      const comment = `<!--${"<row>".repeat(100_000)}-->`;
      const bytes = await editedSample((xml) => xml.replace("<sheetData>", `${comment}<sheetData>`));
      expectTrue(bytes.length < 20_000, `a small file, got ${bytes.length} bytes`);
      const path = file("注释.xlsx", bytes);
      const copies = join(dir, `${++counter}-comment-copies`);
      const { code, stderr } = await within(() => runCli(["check", path, "--copy-to", copies]));
      expectTrue(code === 1 && stderr === "", `a checked copy, got ${code}: ${stderr}`);
      const copy = await JSZip.loadAsync(readFileSync(join(copies, `${basename(path, ".xlsx")}（核对结果）.xlsx`)));
      expectTrue((await copy.file("xl/worksheets/sheet1.xml")!.async("string")).includes(comment), "the comment kept");
    },
  },
  testedIn(
    "工作表",
    "125,000 行的督办台账，track 追加（Math.max(...rows) 曾使调用栈溢出）",
    "照常追加，新事项的序号接着最后一行往下编",
    "tests/core/tracking-append-large.test.ts",
    "numbers on from the last 序号 of 125,000 rows without running out of stack",
  ),
  {
    area: "文件",
    input: "npm run build:wps 写出的 huiwu.7z 和 jsplugins 模板（曾是 0666，模板默认 http://）",
    expected: "huiwu.7z 为 0644；不给内网地址时模板默认写 https:// 的占位地址（理由见 docs/wps.md）",
    check: async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { assembleWpsPackage } = require("../../scripts/wps-package.cjs") as {
        assembleWpsPackage(options: {
          distDir: string;
          outDir: string;
        }): Promise<{ archivePath: string; outDir: string }>;
      };
      const work = mkdtempSync(join(tmpdir(), "huiwu-wps-mode-"));
      const dist = join(work, "dist");
      mkdirSync(join(dist, "assets"), { recursive: true });
      writeFileSync(join(dist, "taskpane.html"), "<!doctype html>");
      const built = await within(() => assembleWpsPackage({ distDir: dist, outDir: join(work, "dist-wps") }));
      expectTrue((statSync(built.archivePath).mode & 0o777) === 0o644, "huiwu.7z is 0644");
      const jsplugins = readFileSync(join(built.outDir, "jsplugins.xml"), "utf8");
      expectTrue(/url="https:\/\//.test(jsplugins) && !/http:\/\//.test(jsplugins), `https only: ${jsplugins}`);
    },
  },
];

async function editedSampleRow(row: string): Promise<Uint8Array> {
  return editedSample((xml) => xml.replace(/r="(\D*)5"/g, `r="$1${row}"`));
}
