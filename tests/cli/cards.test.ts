import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { ROSTER_SHEET, SIGNIN_SHEET } from "../../src/samples/signin-workbook";
import { runCli, workdir, writeXlsx } from "./cli-harness";

const dir = workdir();
const documentXml = async (path: string) =>
  (await JSZip.loadAsync(readFileSync(path))).file("word/document.xml")!.async("string");
const wordArt = (xml: string) =>
  [...xml.matchAll(/ string="([^"]*)"/g)].map((m) => m[1].replace(/^\u3000|\u3000$/g, ""));

describe("huiwu cards", () => {
  it("makes a card for everyone on the 参会名单 but those on leave, both halves, on landscape A4", async () => {
    const roster = await writeXlsx(dir, "名单.xlsx", [ROSTER_SHEET]);
    const out = join(dir, "桌签.docx");
    const { code, stdout } = await runCli(["cards", roster, "-o", out, "--unit"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`已写入 ${out}：8 张桌签`);
    expect(stdout).toContain("请假未制作：孙丽、何静");
    const xml = await documentXml(out);
    expect(xml).toContain('w:orient="landscape"');
    const texts = wordArt(xml);
    // Each name twice (upright and turned), each unit twice; 李娜 spaced as offices do.
    expect(texts.filter((t) => t === "李\u3000娜")).toHaveLength(2);
    expect(texts.filter((t) => t === "县财政局")).toHaveLength(2);
    expect(texts).not.toContain("孙\u3000丽");
    expect(xml.match(/rotation:180/g)).toHaveLength(8 * 2);
  });

  it("takes the 参会名单, not the 签到表 before it, from a workbook holding both", async () => {
    const workbook = await writeXlsx(dir, "签到与名单.xlsx", [SIGNIN_SHEET, ROSTER_SHEET]);
    const { code, stdout } = await runCli(["cards", workbook, "-o", join(dir, "both.docx")]);
    expect(code).toBe(0);
    expect(stdout).toContain("8 张桌签（工作表“参会名单”）");
  });

  it("reads a .csv, leaves the unit off unless asked, and prints in 黑体 with --font hei", async () => {
    const csv = join(dir, "名单.csv");
    writeFileSync(csv, "姓名,单位\n王强,县应急管理局\n欧阳建国,县交通运输局\n");
    const out = join(dir, "hei.docx");
    expect((await runCli(["cards", csv, "-o", out, "--font", "hei"])).code).toBe(0);
    const xml = await documentXml(out);
    expect(wordArt(xml)).toEqual(["王\u3000强", "王\u3000强", "欧阳建国", "欧阳建国"]);
    expect(xml).toContain("黑体");
  });

  it("never replaces an existing file unless told to with --force", async () => {
    const csv = join(dir, "one.csv");
    writeFileSync(csv, "姓名\n王强\n");
    const out = join(dir, "mine.docx");
    writeFileSync(out, "the user's own document");
    const refused = await runCli(["cards", csv, "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/已存在，未覆盖（确需覆盖请加 --force）/);
    expect(readFileSync(out, "utf8")).toBe("the user's own document");
    expect((await runCli(["cards", csv, "-o", out, "--force"])).code).toBe(0);
  });

  it("says so when the file has no 姓名 column, and refuses an unknown font", async () => {
    const csv = join(dir, "none.csv");
    writeFileSync(csv, "材料,份数\n讲话,3\n");
    const none = await runCli(["cards", csv, "-o", join(dir, "x.docx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/没有找到参会名单/);
    const font = await runCli(["cards", csv, "-o", join(dir, "y.docx"), "--font", "song"]);
    expect(font.code).toBe(2);
    expect(font.stderr).toMatch(/--font 只能是 kai 或 hei/);
  });
});
