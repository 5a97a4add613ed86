import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { runCli, workdir } from "../cli/cli-harness";
import { Random } from "./fuzz-random";
import { lieAboutSizes } from "./fuzz-mutate";

/**
 * Each class of error the issue saw reach the user as “内部错误” and English: now a result, or exit 2 with one
 * Chinese line that names the file and says what is wrong with it.
 */
const dir = workdir();
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function samplePackage(): Promise<JSZip> {
  return JSZip.loadAsync(await gridsToXlsx(SAMPLE_WORKBOOKS[0].grids));
}
const packed = (zip: JSZip) => zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });

async function editedSheet(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await samplePackage();
  zip.file("xl/worksheets/sheet1.xml", edit(await zip.file("xl/worksheets/sheet1.xml")!.async("string")));
  return packed(zip);
}

/** Exit 2 and one Chinese line naming `name`, matching `says`; no “内部错误”, no English error, no stack. */
async function refusedInOneLine(args: string[], name: string, says: RegExp): Promise<void> {
  const { code, stderr } = await runCli(args);
  const lines = stderr.trim().split("\n");
  expect({ code, lines: lines.length }).toEqual({ code: 2, lines: 1 });
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(says);
  expect(lines[0]).not.toMatch(/内部错误|Error|Invalid input|\bat .+:\d+/);
}

/** A result, or a refusal in one Chinese line: never an internal error. */
async function readOrRefused(args: string[]): Promise<void> {
  const { code, stderr } = await runCli(args);
  if (code === 2) expect(stderr).toMatch(/^huiwu: [^\n]*[\u4e00-\u9fff][^\n]*\n$/);
  else expect(code === 0 || code === 1).toBe(true);
  expect(stderr).not.toMatch(/内部错误|Error:/);
}

describe("no internal error from a damaged file or a bad input", () => {
  it("a workbook whose sheet part is missing: the sheet is named, exit 2", async () => {
    const zip = await samplePackage();
    zip.remove("xl/worksheets/sheet1.xml");
    const path = file("缺工作表.xlsx", await packed(zip));
    await refusedInOneLine(["check", path], "缺工作表.xlsx", /文件已损坏.*工作表“签到表”/);
  });

  it("a workbook with nothing readable exits 2 saying it is damaged, not 0 with 工作簿中没有内容", async () => {
    const zip = await samplePackage();
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbook.replace(/<sheets>[\s\S]*<\/sheets>/, "<sheets/>"));
    const path = file("空目录.xlsx", await packed(zip));
    await refusedInOneLine(["check", path], "空目录.xlsx", /文件已损坏|工作簿中没有工作表/);
  });

  it("a shared-string index out of range", async () => {
    const zip = await JSZip.loadAsync(await gridsToXlsx(SAMPLE_WORKBOOKS[0].grids));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace(/<c r="B3"[^>]*>[\s\S]*?<\/c>/, '<c r="B3" t="s"><v>99999999</v></c>'),
    );
    await readOrRefused(["check", file("共享字符串越界.xlsx", await packed(zip))]);
  });

  it.each(["&#0;", "&#xFFFFFFF;", "&#99999999999;", "&#xD800;", "&bogus;"])(
    "a character reference %s in a cell",
    async (reference) => {
      const bytes = await editedSheet((xml) =>
        xml
          .replace(/(<c r="B3"[^>]*>)[\s\S]*?<\/c>/, `$1<is><t>王${reference}</t></is></c>`)
          .replace(/(<c r="B3")( t="[a-z]+")?/, '$1 t="inlineStr"'),
      );
      await readOrRefused(["check", file(`字符引用${reference.length}.xlsx`, bytes)]);
    },
  );

  it("a zip directory that lies about a part's size, in check and in --copy-to", async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { bytes, step } = lieAboutSizes(new Random(seed), await gridsToXlsx(SAMPLE_WORKBOOKS[0].grids));
      const path = file(`目录不实${seed}.xlsx`, bytes);
      const { stderr } = await runCli(["check", path, "--copy-to", join(dir, "copies"), "--force"]);
      expect(`${step}: ${stderr}`).not.toMatch(/内部错误|Error:/);
    }
  });

  it("a .docx whose zip directory understates the body's size", async () => {
    const { zipDocx } = await import("../../src/hosts/files/write-docx");
    const { noticeDocx } = await import("../../src/core/render");
    const bytes = await zipDocx(noticeDocx(SAMPLE_NOTICE));
    for (let seed = 1; seed <= 8; seed++) {
      const { bytes: lied, step } = lieAboutSizes(new Random(seed), bytes);
      const { stderr } = await runCli(["lint", file(`目录不实${seed}.docx`, lied)]);
      expect(`${step}: ${stderr}`).not.toMatch(/内部错误|Error:/);
    }
  });

  it.each([
    ["[]", /输入的内容：应为对象（\{…\}），不能是列表/],
    ["null", /输入的内容：应为对象（\{…\}），不能是空值（null）/],
    ['{"start": 5}', /会议开始时间（start）：应为文字，不能是数字/],
    ['{"decisions": [{"text": 1}]}', /议定事项（decisions） › 第 1 项 › 内容（text）：应为文字/],
    ['{"title": "会议纪要",\n "place": *}', /不是有效的 JSON，第 2 行第 11 列/],
    ['{"title": "会议纪要"', /不是有效的 JSON/],
  ])("a draft JSON %j: one Chinese line naming the file and the field", async (json, says) => {
    const path = file("纪要输入.json", json);
    await refusedInOneLine(["draft", "minutes", path, "-o", join(dir, "out.docx")], "纪要输入.json", says);
  });

  it("a config field of the wrong type: the file, the field and its type in Chinese", async () => {
    const path = file("huiwu.config.json", '{"minutesDays": {"info": "三", "warning": 7}}');
    await refusedInOneLine(["lint", path, "--config", path], path, /有误：minutesDays\.info：应为数字，不能是文字/);
  });

  it.each([
    ['{"rules": {"signin/late": *off"}}', /不是有效的 JSON：第 1 行第 27 列的“\*”不合语法/],
    ['{\n  "noticeDays": 3,\n  "rules": k\n}', /不是有效的 JSON：第 3 行第 12 列的“k”不合语法/],
    ['{"noticeDays": 3', /不是有效的 JSON：第 1 行第 17 列有语法错误/],
  ])("a config %j that is no JSON: the file and where, in Chinese", async (json, says) => {
    const path = file("配置.json", json);
    await refusedInOneLine(["lint", path, "--config", path], path, says);
  });

  it("the sample draft inputs still draft", async () => {
    for (const [kind, input] of [
      ["notice", SAMPLE_NOTICE],
      ["minutes", SAMPLE_MINUTES],
    ] as const) {
      const { code } = await runCli([
        "draft",
        kind,
        file(`${kind}.json`, JSON.stringify(input)),
        "-o",
        join(dir, `${kind}.docx`),
        "--force",
      ]);
      expect(code).toBe(0);
    }
  });
});
