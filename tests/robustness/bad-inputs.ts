import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { cellOf } from "../../src/core/rules/finding";
import { DOMParser } from "@xmldom/xmldom";
import { checkWorkbook, type WorkbookReport } from "../../src/core/rules/run-registers";
import { checkDocument } from "../../src/core/rules/run-text";
import type { CellValue, Grid } from "../../src/core/table/grid";
import { noticeDocx } from "../../src/core/render";
import { signinWorkbook } from "../bench/generate";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { FAULTY_NOTICE, GOOD_NOTICE } from "../../src/samples/notices";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { docxOf } from "../fixtures/docx";
import { runCli, workdir } from "../cli/cli-harness";
import { BOUNDED_READING } from "./bounded-reading";
import { ISSUE_33_ROWS } from "./issue-33-rows";

/** One bad input: what the user feeds the product, and what they get back. Each row is a test. */
export interface BadInput {
  area: "文件" | "工作表" | "单元格" | "文档" | "配置与参数" | "起草";
  input: string;
  expected: string;
  check: () => Promise<void>;
}

const dir = workdir();
let counter = 0;
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, `${++counter}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

const SIGNIN_HEADER = ["序号", "姓名", "单位", "签到时间", "联系电话"];
const signinSheet = (rows: CellValue[][], sheet = "签到表"): Grid => ({
  sheet,
  rows: [["会议时间：2026年12月3日上午9:00"], SIGNIN_HEADER, ...rows],
});
const findings = (report: WorkbookReport) => report.sheets.flatMap((s) => s.findings);
const ruleIds = (report: WorkbookReport) => findings(report).map((f) => f.ruleId);

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`);
}

/** `huiwu <args>` must exit 2 with exactly one Chinese line matching `message`, and no stack trace. */
async function exitsWithOneLine(args: string[], message: RegExp): Promise<void> {
  const { code, stderr, stdout } = await runCli(args);
  const lines = stderr.trim().split("\n");
  expectTrue(code === 2, `exit 2, got ${code} (${stderr || stdout})`);
  expectTrue(lines.length === 1, `one line, got:\n${stderr}`);
  expectTrue(message.test(lines[0]), `${message} in “${lines[0]}”`);
  expectTrue(!/\bat .+:\d+/.test(stderr), "no stack trace");
}

async function checkJson(path: string, extra: string[] = []): Promise<{ code: number; report: WorkbookReport }> {
  const { code, stdout, stderr } = await runCli(["check", path, "--json", ...extra]);
  expectTrue(code === 0 || code === 1, `exit 0 or 1, got ${code}: ${stderr}`);
  return { code, report: JSON.parse(stdout) };
}

async function lintJson(path: string, extra: string[] = []) {
  const { code, stdout, stderr } = await runCli(["lint", path, "--json", ...extra]);
  expectTrue(code === 0 || code === 1, `exit 0 or 1, got ${code}: ${stderr}`);
  return JSON.parse(stdout) as { kind: string; findings: { ruleId: string; text?: string }[] };
}

const sampleXlsx = () => gridsToXlsx(SAMPLE_WORKBOOKS[0].grids);
const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
};
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const FORMATS = join(__dirname, "../fixtures/workbooks/formats");

/** An OLE container with the two streams Office writes for a workbook encrypted with an opening password. */
async function encryptedWorkbook(): Promise<Uint8Array> {
  const { CFB } = await import("@e965/xlsx");
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, "/EncryptionInfo", Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(container, "/EncryptedPackage", new Uint8Array(64).fill(1));
  return new Uint8Array(CFB.write(container, { type: "array" }) as ArrayBuffer);
}

/** An .xlsx whose only cells are A1 and XFD1048576, its dimension the whole sheet (written by hand: SheetJS's writer
 * itself walks the whole range). */
async function farCornerXlsx(
  rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>' +
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>末格</t></is></c></row>',
): Promise<Uint8Array> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rels = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipOf({
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": `<Relationships ${rels}><Relationship Id="rId1" Type="${type}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook ${ns} xmlns:r="${type}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships ${rels}><Relationship Id="rId1" Type="${type}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet ${ns}><dimension ref="A1:XFD1048576"/><sheetData>${rows}</sheetData></worksheet>`,
  });
}

/** An OLE container as an old Word .doc is: a WordDocument stream, no workbook. */
async function wordOle(): Promise<Uint8Array> {
  const { CFB } = await import("@e965/xlsx");
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, "/WordDocument", new Uint8Array(600).fill(1));
  return new Uint8Array(CFB.write(container, { type: "array" }) as ArrayBuffer);
}

/** The sign-in sheet's findings (rule and cell) of one saved format of the same register. */
async function findingsOfFormat(name: string): Promise<string[]> {
  const grids = await readWorkbookGrids(new Uint8Array(readFileSync(join(FORMATS, name))), name);
  return checkWorkbook(grids.slice(0, 1)).sheets[0].findings.map((f) => `${f.ruleId}@${cellOf(f)?.cell}`);
}

export const BAD_INPUTS: BadInput[] = [
  {
    area: "文件",
    input: "0 字节的 .xlsx",
    expected: "退出码 2：“文件是空的（0 字节）”",
    check: () => exitsWithOneLine(["check", file("empty.xlsx", "")], /文件是空的/),
  },
  {
    area: "文件",
    input: "文本文件改名为 .xlsx",
    expected: "按内容当作文本表格读取：提示这张表不像登记表（提示级），退出码 0",
    check: async () => {
      const { code, report } = await checkJson(file("text.xlsx", "hello world"));
      expectTrue(code === 0, "exit 0");
      expectTrue(
        findings(report).some((f) => f.ruleId === "table/no-header" && f.severity === "info"),
        "info",
      );
    },
  },
  {
    area: "文件",
    input: ".csv 改名为 .xlsx",
    expected: "按内容读作 .csv：识别为参会名单，照常检查",
    check: async () => {
      const { report } = await checkJson(file("csv.xlsx", "姓名,单位\n张三,财政局\n"));
      expectTrue(report.sheets[0].kind === "roster", "a roster");
    },
  },
  {
    area: "文件",
    input: "截断的 .xlsx（只有前 3,000 字节）",
    expected: "退出码 2：文件已损坏或不完整",
    check: async () =>
      exitsWithOneLine(["check", file("cut.xlsx", (await sampleXlsx()).slice(0, 3000))], /损坏或不完整/),
  },
  {
    area: "文件",
    input: "设有打开密码的工作簿（OLE 加密容器）",
    expected: "退出码 2：说明设有打开密码，请取消密码后再试",
    check: async () => exitsWithOneLine(["check", file("secret.xlsx", await encryptedWorkbook())], /打开密码/),
  },
  {
    area: "文件",
    input: "只有文件头的 OLE 文件（.xls 已损坏）",
    expected: "退出码 2：说明不是可读取的 .xls/.et 工作簿，请另存为 .xlsx",
    check: () => exitsWithOneLine(["check", file("old.xls", OLE)], /不是可读取的 \.xls\/\.et 工作簿/),
  },
  ...(
    [
      ["旧版 .xls 文件（BIFF8，LibreOffice 保存）", "signin.xls"],
      ["WPS 的 .et 文件（以 .xls 内容另存为 .et；未用 WPS 实际保存的文件核对）", "signin-saved-as.et"],
      [".ods 文件（LibreOffice 保存）", "signin.ods"],
      ["带 BOM 的 UTF-8 .csv", "signin-utf8-bom.csv"],
      ["GBK 编码的 .csv（Excel 中文版默认）", "signin-gbk.csv"],
      ["UTF-16 制表符分隔文本（Excel 的“Unicode 文本”）", "signin-utf16.txt"],
    ] as const
  ).map(([input, name]): BadInput => ({
    area: "文件",
    input,
    expected: "照常读取：签到表的问题与同一内容的 .xlsx 完全相同",
    check: async () => {
      const sameAsXlsx = await findingsOfFormat("signin.xlsx");
      const found = await findingsOfFormat(name);
      expectTrue(
        found.length > 0 && found.join() === sameAsXlsx.join(),
        `${name}: ${found.join()} vs ${sameAsXlsx.join()}`,
      );
    },
  })),
  {
    area: "文件",
    input: "网页系统导出的“.xls”（实为 HTML 表格）",
    expected: "按内容读作表格，照常检查",
    check: async () => {
      const html =
        "<html><body><table><tr><td>姓名</td><td>单位</td><td>签到时间</td></tr>" +
        "<tr><td>张三</td><td>财政局</td><td>8:50</td></tr><tr><td>张三</td><td>财政局</td><td>8:55</td></tr></table></body></html>";
      const { report } = await checkJson(file("export.xls", html));
      expectTrue(ruleIds(report).includes("signin/duplicate"), "the repeat found");
    },
  },
  {
    area: "文件",
    input: ".doc 改名为 .xls（OLE，但不是工作簿）",
    expected: "退出码 2：说明不是可读取的 .xls/.et 工作簿",
    check: async () => exitsWithOneLine(["check", file("letter.xls", await wordOle())], /不是可读取的 \.xls/),
  },
  {
    area: "文件",
    input: ".docx 改名为 .xlsx（是 zip，但不是工作簿）",
    expected: "退出码 2：一行中文说明，无堆栈",
    check: async () => exitsWithOneLine(["check", file("doc.xlsx", await docxOf(["正文"]))], /xlsx|工作簿|损坏/),
  },
  {
    area: "文件",
    input: "不存在的文件",
    expected: "退出码 2：“文件不存在”",
    check: () => exitsWithOneLine(["check", join(dir, "nowhere.xlsx")], /文件不存在/),
  },
  {
    area: "文件",
    input: "文件夹当作文件",
    expected: "退出码 2：“这是文件夹，不是文件”",
    check: async () => {
      const folder = join(dir, "folder.xlsx");
      mkdirSync(folder);
      await exitsWithOneLine(["check", folder], /文件夹/);
    },
  },
  {
    area: "工作表",
    input: "没有任何内容的工作簿",
    expected: "正常结束：每个工作表都没有可核对的内容，不报错",
    check: async () => {
      const { report } = await checkJson(file("blank.xlsx", await gridsToXlsx([{ sheet: "Sheet1", rows: [] }])));
      expectTrue(findings(report).length === 0, "no findings on an empty sheet");
    },
  },
  {
    area: "文件",
    input: "解压后超过 512 MB 的 .xlsx（中央目录声称 800 MB）",
    expected: "退出码 2：说明解压后超过 512 MB 的上限，不读取；不先解压",
    check: async () => {
      const bytes = await sampleXlsx();
      // Every entry of the central directory claims 100 MB: the reader must refuse before inflating anything.
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let at = 0; at + 46 < bytes.length; at++)
        if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100 * 1024 * 1024, true);
      await exitsWithOneLine(["check", file("bomb.xlsx", bytes)], /超过 512 MB 的上限/);
    },
  },
  {
    area: "工作表",
    input: "只有 A1 和 XFD1048576 两个单元格的 .xlsx",
    expected: "几秒内读完：内存只随实有的单元格增长，不按地址范围分配",
    check: async () => {
      const bytes = await farCornerXlsx();
      const before = process.memoryUsage().heapUsed;
      const grids = await readWorkbookGrids(bytes, "far.xlsx");
      const grown = process.memoryUsage().heapUsed - before;
      expectTrue(grids[0].rows.length === 1_048_576 && grids[0].rows[0].length === 1, "two cells, ragged rows");
      expectTrue(grown < 400 * 1024 * 1024, `heap grew ${Math.round(grown / 1024 / 1024)} MB`);
    },
  },
  {
    area: "工作表",
    input: "1,000 行、每行只在最后一列 XFD 有一个字（要占 1,600 万个单元格）",
    expected: "退出码 2：一行说明超过 10,000,000 个单元格的上限和 --max-cells；--max-cells 太小时同样说明",
    check: async () => {
      const rows = Array.from(
        { length: 1000 },
        (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>字</t></is></c></row>`,
      ).join("");
      const wide = file("wide.xlsx", await farCornerXlsx(rows));
      await exitsWithOneLine(["check", wide], /超过 10,000,000 个单元格（上限）.*--max-cells/);
      await exitsWithOneLine(["check", file("s.xlsx", await sampleXlsx()), "--max-cells", "20"], /超过 20 个单元格/);
      await exitsWithOneLine(["check", wide, "--max-cells", "很多"], /--max-cells 应为正整数/);
    },
  },
  {
    area: "单元格",
    input: "超过 32,767 个字符的单元格（.csv 中 40,000 字）",
    expected: "退出码 2：一行说明超过 Excel 单元格 32,767 字的上限",
    check: async () =>
      exitsWithOneLine(
        ["check", file("long.csv", `姓名,单位\n${"张".repeat(40_000)},财政局\n`)],
        /超过 32,767 个字符（Excel 的上限）/,
      ),
  },
  {
    area: "工作表",
    input: "200,000 行的签到表与 200,000 人的名单",
    expected: "得出结果，统计正确（应到 200,000）；耗时见 docs/performance.md",
    check: async () => {
      const report = checkWorkbook(signinWorkbook(200_000));
      expectTrue(report.sheets[0].tally?.expected === 200_000, "应到 200,000");
    },
  },
  {
    area: "工作表",
    input: "只有合并单元格的工作表",
    expected: "报告“找不到表头”，不崩溃",
    check: async () => {
      const grid: Grid = {
        sheet: "合并",
        rows: [
          ["全县大会签到表", null, null],
          [null, null, null],
        ],
        merges: [{ top: 0, left: 0, bottom: 1, right: 2 }],
      };
      expectTrue(ruleIds(checkWorkbook([grid])).includes("table/no-header"), "table/no-header");
    },
  },
  {
    area: "工作表",
    input: "没有表头的工作表（只有数据）",
    expected: "报告 table/no-header，指向第一个单元格",
    check: async () => {
      const report = checkWorkbook([
        {
          sheet: "数据",
          rows: [
            ["张三", "财政局"],
            ["李四", "教育局"],
          ],
        },
      ]);
      expectTrue(ruleIds(report).includes("table/no-header"), "table/no-header");
    },
  },
  {
    area: "工作表",
    input: "只有表头、没有数据行的签到表",
    expected: "不报错，实到 0",
    check: async () => {
      const report = checkWorkbook([signinSheet([])]);
      expectTrue(report.sheets[0].tally?.present === 0, "实到 0");
    },
  },
  {
    area: "工作表",
    input: "表头重复出现（分页打印时每页一行表头）",
    expected: "重复的表头行被跳过，不当作数据",
    check: async () => {
      const report = checkWorkbook([signinSheet([[1, "张三", "财政局", "8:50", "13800138000"], SIGNIN_HEADER])]);
      expectTrue(report.sheets[0].dataRows === 1, "one data row");
    },
  },
  {
    area: "工作表",
    input: "左右两栏打印的签到表（一行表头里“姓名 单位 签名”出现两次）",
    expected: "两栏的人都读到：右栏签了到的人不算缺席，右栏的问题指向右栏的单元格",
    check: async () => {
      const header = ["姓名", "单位", "签名"];
      const report = checkWorkbook([
        {
          sheet: "签到",
          rows: [
            [...header, ...header],
            ["张三", "财政局", "张三", "李四", "民政局", "王五"],
          ],
        },
        {
          sheet: "名单",
          rows: [
            ["姓名", "单位"],
            ["张三", "财政局"],
            ["李四", "民政局"],
          ],
        },
      ]);
      const sheet = report.sheets[0];
      expectTrue(sheet.tally?.absent === 0 && sheet.tally.present === 2, "both blocks counted");
      expectTrue(
        sheet.findings.some((f) => f.ruleId === "signin/proxy" && cellOf(f)?.cell === "F2"),
        "the right block's proxy signature at F2",
      );
    },
  },
  {
    area: "工作表",
    input: "长短不一的行、16,384 列宽的行",
    expected: "正常读取，不崩溃；只在末列有一个字的行不算人员",
    check: async () => {
      const wide: CellValue[] = Array.from({ length: 16_384 }, (_, i) => (i === 16_383 ? "末列" : null));
      const report = checkWorkbook([
        signinSheet([[1, "张三"], wide, [2, "李四", "教育局", "8:55", "13900139000", "多余"]]),
      ]);
      expectTrue(report.sheets[0].dataRows === 2, "the two people, not the stray cell");
    },
  },
  {
    area: "工作表",
    input: "隐藏的工作表",
    expected: "文件模式和命令行只检查可见的工作表",
    check: async () => {
      const ExcelJS = (await import("exceljs")).default;
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("签到表").addRows([SIGNIN_HEADER, [1, "张三", "财政局", "8:50", "13800138000"]]);
      const hidden = workbook.addWorksheet("旧表", { state: "hidden" });
      hidden.addRow(["乱码"]);
      const grids = await readWorkbookGrids(new Uint8Array(await workbook.xlsx.writeBuffer()), "h.xlsx");
      expectTrue(grids.map((g) => g.sheet).join() === "签到表", "only the visible sheet");
    },
  },
  {
    area: "单元格",
    input: "公式错误值 #N/A、#REF!、#DIV/0!",
    expected: "每个报告 cell/formula-error，该行不参与人员比对",
    check: async () => {
      const report = checkWorkbook([
        signinSheet([
          [1, "#N/A", "财政局", "8:50"],
          [2, "张三", "#REF!", "#DIV/0!"],
        ]),
      ]);
      expectTrue(ruleIds(report).filter((id) => id === "cell/formula-error").length === 3, "three formula errors");
    },
  },
  {
    area: "单元格",
    input: "1900 年以前的日期（1899-12-31、负的序列号）",
    expected: "报告 cell/bad-date，不崩溃",
    check: async () => {
      const report = checkWorkbook([
        signinSheet([
          [1, "张三", "财政局", "1899-12-31 08:50"],
          [2, "李四", "教育局", -5],
        ]),
      ]);
      expectTrue(ruleIds(report).filter((id) => id === "cell/bad-date").length >= 1, "cell/bad-date");
    },
  },
  {
    area: "单元格",
    input: "以文本存储的数字：“０８：５０”“13800138000”",
    expected: "按数字读懂：不算迟到，电话有效，只提示全角数字",
    check: async () => {
      const report = checkWorkbook([signinSheet([[1, "张三", "财政局", "０８：５０", "13800138000"]])]);
      const ids = ruleIds(report);
      expectTrue(!ids.includes("signin/late") && !ids.includes("cell/bad-phone"), "read as numbers");
      expectTrue(ids.includes("cell/full-width-digits"), "full-width digits noted");
    },
  },
  {
    area: "单元格",
    input: "32,767 个字符的单元格（Excel 上限）",
    expected: "照常比对：两行同名的重复签到被找出",
    check: async () => {
      const long = "张".repeat(32_767);
      const report = checkWorkbook([
        signinSheet([
          [1, long, "财政局", "8:50"],
          [2, long, "财政局", "8:51"],
        ]),
      ]);
      expectTrue(ruleIds(report).includes("signin/duplicate"), "still compares");
    },
  },
  {
    area: "单元格",
    input: "BMP 以外的生僻字和 emoji（𠮷、𪚥、😀）",
    expected: "按完整字符比对：“𠮷𪚥”重复签到被找出",
    check: async () => {
      const report = checkWorkbook([
        signinSheet([
          [1, "𠮷𪚥", "财政局", "8:50"],
          [2, "𠮷𪚥", "财政局", "8:52"],
          [3, "😀李", "教育局", "8:53"],
        ]),
      ]);
      expectTrue(
        findings(report).some((f) => f.ruleId === "signin/duplicate" && f.message.includes("𠮷𪚥")),
        "dup",
      );
    },
  },
  {
    area: "单元格",
    input: "从右向左书写的文字（阿拉伯文、希伯来文）",
    expected: "照常读取，不崩溃",
    check: async () => {
      const report = checkWorkbook([
        signinSheet([
          [1, "محمد", "财政局", "8:50"],
          [2, "שלום", "教育局", "8:52"],
        ]),
      ]);
      expectTrue(report.sheets[0].tally?.present === 2, "two signers");
    },
  },
  {
    area: "单元格",
    input: "姓名中的控制字符、换行和零宽空格",
    expected: "比对时忽略空白；提示姓名中间有空格",
    check: async () => {
      const report = checkWorkbook([
        signinSheet([
          [1, "张\n三", "财政局", "8:50"],
          [2, "张\u200b三", "财政局", "8:52"],
        ]),
      ]);
      expectTrue(ruleIds(report).includes("signin/duplicate"), "the same person");
    },
  },
  {
    area: "单元格",
    input: "布尔值、NaN、无穷大等非常规单元格值",
    expected: "读作一行数据，不崩溃",
    check: async () => {
      const report = checkWorkbook([signinSheet([[1, "张三", true, Number.NaN, Number.POSITIVE_INFINITY]])]);
      expectTrue(report.sheets[0].dataRows === 1, "row read");
    },
  },
  {
    area: "单元格",
    input: "只有空格的单元格",
    expected: "当作空单元格：姓名只有空格的行不算签到的人",
    check: async () => {
      const report = checkWorkbook([
        signinSheet([
          [1, "   ", "财政局", "8:50"],
          [2, "李四", "\u3000", "8:52"],
        ]),
      ]);
      expectTrue(report.sheets[0].tally?.present === 1, "the blank name is nobody");
    },
  },
  {
    area: "文档",
    input: "空的 .docx",
    expected: "退出码 2：文档中没有文字",
    check: () => exitsWithOneLine(["lint", file("empty.docx", new Uint8Array())], /空|没有文字/),
  },
  {
    area: "文档",
    input: "没有正文段落的 .docx（body 为空）",
    expected: "退出码 2：文档中没有文字",
    check: async () => exitsWithOneLine(["lint", file("nobody.docx", await docxOf([]))], /没有文字/),
  },
  {
    area: "文档",
    input: "只有表格的 .docx",
    expected: "表格中的文字按顺序读出并检查",
    check: async () => {
      const path = file("tables.docx", await docxOf([{ table: FAULTY_NOTICE.split("\n").map((line) => [line]) }]));
      const doc = await lintJson(path);
      expectTrue(
        doc.findings.some((f) => f.ruleId === "notice/relative-date"),
        "findings from table text",
      );
    },
  },
  {
    area: "文档",
    input: "带修订（删除与插入）的 .docx",
    expected: "已删除的文字不参与检查，插入的文字参与",
    check: async () => {
      const xml = `<w:p><w:r><w:t>定于</w:t></w:r><w:del><w:r><w:delText>明天</w:delText></w:r></w:del><w:ins><w:r><w:t>2026年12月3日</w:t></w:r></w:ins><w:r><w:t>召开会议</w:t></w:r></w:p>`;
      const paragraphs = await readDocxParagraphs(await docxOf([{ xml }]), "t.docx");
      expectTrue(paragraphs[0] === "定于2026年12月3日召开会议", paragraphs[0]);
    },
  },
  {
    area: "文档",
    input: "含域代码（DATE、PAGE）的 .docx",
    expected: "只读域结果，不读域代码",
    check: async () => {
      const xml = `<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>`;
      const paragraphs = await readDocxParagraphs(await docxOf([{ xml }]), "f.docx");
      expectTrue(paragraphs[0] === "第1页", paragraphs[0]);
    },
  },
  {
    area: "文档",
    input: "文字在文本框中的 .docx",
    expected: "文本框中的文字也被读出",
    check: async () => {
      const xml = `<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:r></w:p>`;
      const paragraphs = await readDocxParagraphs(await docxOf([{ xml }]), "x.docx");
      expectTrue(paragraphs.includes("文本框"), paragraphs.join("|"));
    },
  },
  {
    area: "文档",
    input: "约 300 页的文档（6,000 段）",
    expected: "几秒内检查完，结果正确",
    check: async () => {
      const body = Array.from({ length: 6000 }, (_, i) => `第${i + 1}段：${"会议要求各单位认真落实。".repeat(4)}`);
      const paragraphs = [...FAULTY_NOTICE.split("\n"), ...body];
      const result = checkDocument({ paragraphs });
      expectTrue(
        result.findings.some((f) => f.ruleId === "notice/relative-date"),
        "faults still found",
      );
    },
  },
  {
    area: "文档",
    input: "没有分段的通知（全文在一个段落里）",
    expected: "按一句话的通知读出时间、地点，照常检查",
    check: async () => {
      const result = checkDocument({ paragraphs: [FAULTY_NOTICE.replace(/\n/g, "")] });
      expectTrue(result.kind === "notice", "read as a notice");
      expectTrue(result.findings.length > 0, "findings");
    },
  },
  {
    area: "文档",
    input: "GBK 编码的 .txt",
    expected: "自动识别编码并检查",
    check: async () => {
      const { encode } = await import("./gbk");
      const doc = await lintJson(file("gbk.txt", encode(FAULTY_NOTICE)));
      expectTrue(
        doc.findings.some((f) => f.ruleId === "notice/relative-date"),
        "decoded and checked",
      );
    },
  },
  {
    area: "文档",
    input: "带 BOM 的 UTF-8 .txt",
    expected: "BOM 被去掉，标题正常识别",
    check: async () => {
      const doc = await lintJson(file("bom.txt", "\ufeff" + GOOD_NOTICE));
      expectTrue(doc.kind === "notice", "notice");
    },
  },
  {
    area: "文档",
    input: "旧版 .doc（OLE）改名为 .docx",
    expected: "退出码 2：请另存为 .docx",
    check: () => exitsWithOneLine(["lint", file("old.docx", OLE)], /\.docx/),
  },
  {
    area: "文档",
    input: "缺少 word/document.xml 的 zip",
    expected: "退出码 2：不是 Word 文档或已损坏",
    check: async () => exitsWithOneLine(["lint", file("nodoc.docx", await zipOf({ "a.txt": "x" }))], /Word|损坏|docx/),
  },
  {
    area: "文档",
    input: "document.xml 不是合法 XML",
    expected: "退出码 2：文档已损坏",
    check: async () =>
      exitsWithOneLine(
        ["lint", file("badxml.docx", await zipOf({ "word/document.xml": "<w:document><w:body><w:p>" }))],
        /损坏|无法读取/,
      ),
  },
  {
    area: "文档",
    input: "几十 KB 的 .docx，正文 XML 解压后 30 MB",
    expected: "退出码 2：一行说明正文超过 8 MB 的上限；按 zip 目录判断，不先解压",
    check: async () => {
      const paragraph = "<w:p><w:r><w:t>关于召开全县安全生产工作会议的通知。</w:t></w:r></w:p>";
      const body = paragraph.repeat(Math.ceil((30 * 1024 * 1024) / Buffer.byteLength(paragraph)));
      const zip = new JSZip();
      zip.file(
        "word/document.xml",
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      );
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      await exitsWithOneLine(["lint", file("huge.docx", bytes)], /正文有 30 MB，超过 8 MB 的上限/);
    },
  },
  {
    area: "文档",
    input: "document.xml 嵌套 5,000 层和 100,000 层（内容控件套内容控件）",
    expected: "退出码 2：一行说明 XML 嵌套超过 1000 层的上限；不先解析整篇，不耗尽栈",
    check: async () => {
      for (const depth of [5000, 100000]) {
        const nested = {
          xml: `${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p><w:r><w:t>通知</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(depth)}`,
        };
        await exitsWithOneLine(["lint", file("deep.docx", await docxOf([nested]))], /XML 嵌套超过 1000 层（上限）/);
      }
    },
  },
  {
    area: "配置与参数",
    input: "huiwu.config.json 不是合法 JSON",
    expected: "退出码 2：一行说明配置文件无法解析",
    check: async () =>
      exitsWithOneLine(
        ["check", file("s.xlsx", await sampleXlsx()), "--config", file("c.json", "{ rules: ")],
        /配置文件/,
      ),
  },
  {
    area: "配置与参数",
    input: "配置中写了不存在的规则 id",
    expected: "退出码 2：列出没有的规则",
    check: async () =>
      exitsWithOneLine(
        [
          "check",
          file("s.xlsx", await sampleXlsx()),
          "--config",
          file("c.json", JSON.stringify({ rules: { "signin/nope": "off" } })),
        ],
        /没有这些规则 signin\/nope/,
      ),
  },
  {
    area: "配置与参数",
    input: "配置项类型错误（noticeDays 写成“三天”）",
    expected: "退出码 2：指出字段 noticeDays 应为数字",
    check: async () =>
      exitsWithOneLine(
        ["check", file("s.xlsx", await sampleXlsx()), "--config", file("c.json", '{"noticeDays":"三天"}')],
        /noticeDays/,
      ),
  },
  {
    area: "配置与参数",
    input: "无法识别的 --start 时间",
    expected: "退出码 2：说明时间写法",
    check: async () =>
      exitsWithOneLine(["check", file("s.xlsx", await sampleXlsx()), "--start", "下周一"], /--start|时间/),
  },
  {
    area: "配置与参数",
    input: "未知的命令行选项",
    expected: "退出码 2：一行中文说明，指向 huiwu --help",
    check: async () => exitsWithOneLine(["check", "--bogus"], /未知选项 “--bogus”.*huiwu --help/),
  },
  {
    area: "起草",
    input: "起草输入 JSON 缺少字段、类型错误",
    expected: "退出码 2：指出字段",
    check: async () =>
      exitsWithOneLine(["draft", "notice", file("bad.json", '{"place": 3}'), "-o", join(dir, "x.docx")], /place/),
  },
  {
    area: "起草",
    input: "draft -o 指向已有的文件（例如输入的 JSON 本身）",
    expected: "退出码 2：一行说明已存在、未覆盖，加 --force 才覆盖；原文件不变",
    check: async () => {
      const input = file("n.json", JSON.stringify(SAMPLE_NOTICE));
      const before = readFileSync(input, "utf8");
      await exitsWithOneLine(["draft", "notice", input, "-o", input], /已存在，未覆盖（确需覆盖请加 --force）/);
      expectTrue(readFileSync(input, "utf8") === before, "the input JSON is unchanged");
    },
  },
  {
    area: "文件",
    input: "samples 写入的文件夹里已有用户改过的示例",
    expected: "改过的文件原样保留，输出“已存在，保留原文件”",
    check: async () => {
      const folder = join(dir, `samples-${++counter}`);
      mkdirSync(folder);
      const edited = join(folder, "会议通知.json");
      writeFileSync(edited, "我改过的");
      const { code, stdout } = await runCli(["samples", folder]);
      expectTrue(code === 0, `exit 0, got ${code}`);
      expectTrue(readFileSync(edited, "utf8") === "我改过的", "the edited file is kept");
      expectTrue(stdout.includes(`已存在，保留原文件：${edited}`), stdout);
    },
  },
  {
    area: "文件",
    input: "--copy-to 指向 /proc 下的文件夹（Node 的递归建目录在这里会一直空转）",
    expected: "退出码 2：一行说明文件夹无法创建，不卡住",
    check: async () =>
      exitsWithOneLine(["check", file("s.xlsx", await sampleXlsx()), "--copy-to", "/proc/huiwu-x"], /文件夹/),
  },
  {
    area: "配置与参数",
    input: "--config 指向一个文件夹",
    expected: "退出码 2：说明这是文件夹，不是文件",
    check: async () =>
      exitsWithOneLine(["check", file("s.xlsx", await sampleXlsx()), "--config", dir], /是文件夹，不是文件/),
  },
  {
    area: "文件",
    input: "命名管道（FIFO）当作输入文件",
    expected: "退出码 2：说明不是普通文件，不读取（不会一直等待）",
    check: async () => {
      const fifo = join(dir, `${++counter}-pipe.xlsx`);
      execFileSync("mkfifo", [fifo]);
      await exitsWithOneLine(["check", fifo], /不是普通文件/);
    },
  },
  {
    area: "起草",
    input: "表单中输入 & < > \" '、控制字符和孤立代理项",
    expected: "生成的 .docx 仍是合法 XML，内容照录（禁用字符除外）",
    check: async () => {
      const parts = noticeDocx({ ...SAMPLE_NOTICE, place: `A&B<C>"D'\u0001\ud800会议室` });
      const errors: string[] = [];
      new DOMParser({
        onError: (level, message) => void (level !== "warning" && errors.push(message)),
      }).parseFromString(parts["word/document.xml"], "application/xml");
      expectTrue(errors.length === 0, errors.join("; "));
      expectTrue(parts["word/document.xml"].includes("A&amp;B&lt;C&gt;"), "escaped");
    },
  },
  ...BOUNDED_READING,
  ...ISSUE_33_ROWS,
];
