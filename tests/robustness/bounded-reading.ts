/**
 * Hostile inputs against bounded reading (issue 33, items 3, 4 and 8): zip bombs whose directory lies, ZIP64
 * and part counts, text files that would fill memory, patterns that would spin, special files, escape codes.
 * Each is built here in memory and must end within its time budget with a result or one Chinese line.
 */
import { execFileSync } from "node:child_process";
import { closeSync, openSync, readFileSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import JSZip from "jszip";
import type { CellValue, Grid } from "../../src/core/table/grid";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { newTrackingWorkbook } from "../../src/hosts/files/tracking-workbook";
import { SAMPLE_MINUTES } from "../../src/samples/draft-inputs";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { printable } from "../../src/cli/terminal";
import { FAULTY_NOTICE } from "../../src/samples/notices";
import { runCli, workdir } from "../cli/cli-harness";
import type { BadInput } from "./bad-inputs";
import { encode as gbk } from "./gbk";
import { type ZipPart, repeatedByteDeflate, zipBytes } from "./hostile-zips";

const dir = workdir();
let counter = 0;
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, `${++counter}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

/** A file of `size` bytes that starts with `head`: the rest is a hole, so writing 600 MB costs nothing. */
function sparseFile(name: string, head: Uint8Array | string, size: number): string {
  const path = file(name, head);
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.from(" "), 0, 1, size - 1);
  closeSync(fd);
  return path;
}

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`);
}

/** Runs `work` and fails when it takes longer than `seconds`. */
async function within<T>(seconds: number, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await work();
  const took = (Date.now() - start) / 1000;
  expectTrue(took < seconds, `ends within ${seconds} s, took ${took.toFixed(1)} s`);
  return result;
}

async function exitsWithOneLine(args: string[], message: RegExp, seconds = 10): Promise<void> {
  const { code, stderr, stdout } = await within(seconds, () => runCli(args));
  const lines = stderr.trim().split("\n");
  expectTrue(code === 2, `exit 2, got ${code} (${stderr || stdout.slice(0, 300)})`);
  expectTrue(lines.length === 1, `one line, got:\n${stderr}`);
  expectTrue(message.test(lines[0]), `${message} in “${lines[0]}”`);
  expectTrue(!/内部错误|\bat .+:\d+/.test(stderr), "no internal error, no stack trace");
}

async function checksWithin(path: string, seconds = 10) {
  const { code, stdout, stderr } = await within(seconds, () => runCli(["check", path, "--json"]));
  expectTrue(code === 0 || code === 1, `exit 0 or 1, got ${code}: ${stderr}`);
  return JSON.parse(stdout) as { sheets: { tally?: { expected?: number; present?: number } }[] };
}

const sampleXlsx = () => gridsToXlsx(SAMPLE_WORKBOOKS[0].grids);

async function partsOf(bytes: Uint8Array): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return Promise.all(names.map(async (name) => ({ name, data: await zip.file(name)!.async("uint8array") })));
}

const A_DOCX_BODY = "word/document.xml";
const MB = 1024 * 1024;

export const BOUNDED_READING: BadInput[] = [
  {
    area: "文档",
    input: "4 MB 的 .docx，zip 目录写正文 1 KB，实际解压 600 MB（目录少报）",
    expected: "退出码 2：一行说明正文超过 8 MB 的上限；边解压边计数，解到 8 MB 即停，不信目录",
    check: async () => {
      const bytes = zipBytes([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: A_DOCX_BODY, deflated: repeatedByteDeflate(0x3c, 600 * MB), size: 600 * MB, claimedSize: 1024 },
      ]);
      await exitsWithOneLine(["lint", file("bomb.docx", bytes)], /正文超过 8 MB 的上限/);
    },
  },
  {
    area: "文件",
    input: "7 MB 的 .xlsx，多出一个部件目录写 1 KB、实际解压 1 GB",
    expected: "退出码 2：一行说明解压后超过 512 MB 的上限；解到 512 MB 即停，不先占内存",
    check: async () => {
      const parts = await partsOf(await sampleXlsx());
      parts.push({
        name: "xl/bomb.xml",
        deflated: repeatedByteDeflate(0x20, 1024 * MB),
        size: 1024 * MB,
        claimedSize: 1024,
      });
      await exitsWithOneLine(["check", file("bomb.xlsx", zipBytes(parts))], /解压后.*超过 512 MB 的上限/);
    },
  },
  {
    area: "文件",
    input:
      "zip 目录少报 styles.xml 大小的 .xlsx 和督办台账（JSZip 曾报英文“uncompressed data size mismatch”；--copy-to 和 track 曾拒绝）",
    expected:
      "照常读取，与同一内容的正常 .xlsx 结果相同；--copy-to 照常生成核对结果，track 照常追加（每个部件自己解压，不用目录里的大小）",
    check: async () => {
      const understated = async (bytes: Uint8Array) =>
        zipBytes(
          (await partsOf(bytes)).map((p) =>
            p.name.endsWith("styles.xml") ? { ...p, claimedSize: Math.floor((p.data as Uint8Array).length / 3) } : p,
          ),
        );
      const sample = await sampleXlsx();
      const lyingPath = file("styles.xlsx", await understated(sample));
      const lying = await checksWithin(lyingPath);
      const honest = await checksWithin(file("honest.xlsx", sample));
      expectTrue(JSON.stringify(lying.sheets) === JSON.stringify(honest.sheets), "same result as the honest file");

      const copies = join(dir, `${++counter}-copies`);
      const copied = await within(10, () => runCli(["check", lyingPath, "--copy-to", copies]));
      expectTrue(copied.code === 1 && copied.stderr === "", `a checked copy, got ${copied.code}: ${copied.stderr}`);
      const copy = await readWorkbookGrids(
        readFileSync(join(copies, basename(lyingPath, ".xlsx") + "（核对结果）.xlsx")),
        "copy.xlsx",
      );
      expectTrue(
        copy.some((g) => g.sheet.startsWith("核对报告")),
        "the copy has its 核对报告",
      );

      const register = file("台账.xlsx", await understated(await newTrackingWorkbook([])));
      const minutes = file("纪要.json", JSON.stringify(SAMPLE_MINUTES));
      const tracked = await within(10, () => runCli(["track", minutes, "-o", register]));
      expectTrue(tracked.code === 0 && /追加 3 项/.test(tracked.stdout), `appended, got ${tracked.stderr}`);
    },
  },
  {
    area: "文件",
    input: "ZIP64 格式的 .xlsx（有 ZIP64 结束记录）",
    expected: "照常读取：与同一内容的普通 .xlsx 结果相同",
    check: async () => {
      const sample = await sampleXlsx();
      const zip64 = await checksWithin(file("zip64.xlsx", zipBytes(await partsOf(sample), { zip64: true })));
      const honest = await checksWithin(file("plain.xlsx", sample));
      expectTrue(JSON.stringify(zip64.sheets) === JSON.stringify(honest.sheets), "same result as the plain file");
    },
  },
  {
    area: "文件",
    input: "有 65,600 个部件的 ZIP64 工作簿（曾只数前 65,535 个，绕过 512 MB 上限）",
    expected: "退出码 2：一行说明部件超过 20,000 个的上限；按 ZIP64 结束记录读完整个目录",
    check: async () => {
      const parts: ZipPart[] = Array.from({ length: 65_600 }, (_, i) => ({
        name: `xl/p${i}.xml`,
        data: "<a/>",
        stored: true,
      }));
      await exitsWithOneLine(
        ["check", file("many.xlsx", zipBytes(parts, { zip64: true }))],
        /部件超过 20,000 个（上限）/,
      );
    },
  },
  {
    area: "工作表",
    input: "22 KB 的 .ods，注释里有上千个未闭合的 <style:style（隐藏工作表的正则表达式曾回溯 60 秒以上）",
    expected: "2 秒内读完，照常检查：隐藏工作表用逐个标签扫描判断，不用正则表达式",
    check: async () => {
      const ods = readFileSync(join(__dirname, "../fixtures/workbooks/formats/signin.ods"));
      const zip = await JSZip.loadAsync(ods);
      const content = await zip.file("content.xml")!.async("string");
      const trap = `<!--${'<style:style style:name="a" '.repeat(800)}-->`;
      zip.file("content.xml", content.replace("</office:document-content>", `${trap}</office:document-content>`));
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      const grids = await within(2, () => readWorkbookGrids(bytes, "trap.ods"));
      expectTrue(grids.length > 0 && grids[0].rows.length > 2, "the sign-in sheet is read");
    },
  },
  {
    area: "工作表",
    input: "有 200,000 个互相重叠的合并区域的 .xlsx（2,000 行 × 10 列）",
    expected: "几秒内得出结果：合并区域按行扫描一次，时间随单元格和区域数增长，不随重叠面积",
    check: async () => {
      const rows: CellValue[][] = [["姓名", "单位", "签到时间"]];
      for (let r = 1; r < 2000; r++) rows.push([`人员${r}`, "财政局", "8:50", ...Array(7).fill("x")]);
      const merges = Array.from({ length: 200_000 }, (_, i) => ({
        top: 1 + (i % 400),
        left: i % 3,
        bottom: 1500 + (i % 400),
        right: 9,
      }));
      const grid: Grid = { sheet: "签到表", rows, merges };
      const path = file("merges.xlsx", await gridsToXlsx([grid]));
      await checksWithin(path, 10);
    },
  },
  {
    area: "文件",
    input: "25 MB 只有空行的 .csv（曾使 Node 内存耗尽）",
    expected: "几秒内正常结束：空行不占内存，表中没有可核对的内容",
    check: async () => {
      await checksWithin(file("blank.csv", "\n".repeat(25 * MB)));
    },
  },
  {
    area: "单元格",
    input: "50 MB 的 .csv，第二行开头有一个不配对的引号",
    expected: "退出码 2：一行说明第 2 行的单元格超过 32,767 个字符、可能是引号没有配对；读到上限即停",
    check: async () => {
      const text = `姓名,单位\n"张三,财政局\n${"李四,教育局\n".repeat(Math.floor((50 * MB) / 17))}`;
      await exitsWithOneLine(["check", file("quote.csv", text)], /第 2 行有单元格超过 32,767 个字符.*引号没有配对/);
    },
  },
  {
    area: "文件",
    input: "200 MB 的 .csv（文本文件）",
    expected: "退出码 2：一行说明文本文件超过 100 MB 的上限，不解码",
    check: async () =>
      exitsWithOneLine(
        ["check", sparseFile("big.csv", `姓名,单位\n${"张三,财政局\n".repeat(100)}`, 200 * MB)],
        /文本文件有 200 MB，超过 100 MB 的上限/,
      ),
  },
  {
    area: "文档",
    input: "600 MB 的 GBK .txt（曾报“内部错误”）",
    expected: "退出码 2：一行说明文件超过 256 MB 的上限，先看大小再读",
    check: async () =>
      exitsWithOneLine(
        ["lint", sparseFile("big.txt", gbk("关于召开会议的通知\n".repeat(100)), 600 * MB)],
        /文件有 600 MB，超过 256 MB 的上限/,
      ),
  },
  {
    area: "工作表",
    input: "一行有 1,000,000 列的 .csv（曾写出 XFD 列以外的单元格）",
    expected: "退出码 2：一行说明第 1 行超过 16,384 列（Excel 的上限 XFD）；末尾的空列不算",
    check: async () => {
      await exitsWithOneLine(["check", file("wide.csv", `${",".repeat(999_999)}x\n`)], /第 1 行超过 16,384 列/);
      const trailing = await checksWithin(file("trailing.csv", `姓名,单位${",".repeat(999_998)}\n张三,财政局\n`));
      expectTrue(trailing.sheets.length === 1, "empty columns past XFD are only empty");
    },
  },
  {
    area: "文件",
    input: "UTF-8 的 .csv 中有一行是 GBK（从旧系统粘贴）",
    expected: "按 UTF-8 读取，那一行按 GBK 读：每一行的字都对，不整篇当作 GBK 读成乱码",
    check: async () => {
      const utf8 = Buffer.from("姓名,单位\n张三,财政局\n李四,教育局\n王五,住建局\n");
      const bytes = Buffer.concat([utf8, Buffer.from(gbk("赵六,人社局\n"))]);
      const [grid] = await readWorkbookGrids(bytes, "mixed.csv");
      const names = grid.rows.map((row) => row[0]);
      expectTrue(JSON.stringify(names) === JSON.stringify(["姓名", "张三", "李四", "王五", "赵六"]), names.join(" "));
    },
  },
  {
    area: "配置与参数",
    input: "huiwu.config.json 是指向 /dev/zero 的符号链接（曾读到 15 GB）",
    expected: "退出码 2：一行说明配置文件不是普通文件，不读取",
    check: async () => {
      const link = join(dir, `${++counter}-huiwu.config.json`);
      symlinkSync("/dev/zero", link);
      await exitsWithOneLine(["check", file("s.xlsx", await sampleXlsx()), "--config", link], /配置文件.*不是普通文件/);
    },
  },
  {
    area: "配置与参数",
    input: "huiwu.config.json 是命名管道（FIFO；曾一直等待）",
    expected: "退出码 2：一行说明配置文件不是普通文件；不等待",
    check: async () => {
      const fifo = join(dir, `${++counter}-huiwu.config.json`);
      execFileSync("mkfifo", [fifo]);
      await exitsWithOneLine(
        ["check", file("s.xlsx", await sampleXlsx()), "--config", fifo],
        /配置文件.*不是普通文件/,
        5,
      );
    },
  },
  {
    area: "文件",
    input: "输入文件是指向 /dev/zero 的符号链接",
    expected: "退出码 2：一行说明不是普通文件，不读取",
    check: async () => {
      const link = join(dir, `${++counter}-zero.csv`);
      symlinkSync("/dev/zero", link);
      await exitsWithOneLine(["check", link], /不是普通文件/);
    },
  },
  {
    area: "文档",
    input: "含终端控制序列（ESC、OSC 改窗口标题、清屏）的 .txt，出现在检查结果的引文中",
    expected: "打印时控制字符显示为符号（␛），不原样送到终端；本产品自己的颜色照常",
    check: async () => {
      const path = file("ansi.txt", FAULTY_NOTICE.replace(/。/g, "\x1b]0;pwned\x07\x1b[2J。"));
      const { stdout, stderr } = await runCli(["lint", path]);
      const raw = [...(stdout + stderr)].filter((ch) => {
        const code = ch.charCodeAt(0);
        return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
      });
      expectTrue(raw.length === 0, "no raw control characters printed");
      expectTrue(stdout.includes("␛"), "shown as ␛");
      expectTrue(printable("\x1b[31m错误\x1b[0m") === "\x1b[31m错误\x1b[0m", "our colours kept");
    },
  },
];
