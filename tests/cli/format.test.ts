import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { runCli, workdir } from "./cli-harness";

const dir = workdir();
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const words = (text: string) => text.replace(/[\s\u3000]+/g, "");

/** A notice as a secretary pastes it: a web copy's half-width marks, no layout, a 版记 at the end. */
const PASTED = [
  "XX县人民政府办公室文件",
  "X政办发〔2026〕45号",
  "关于召开全县安全生产工作会议的通知",
  "各乡镇人民政府，县直各单位：",
  "    经县政府同意，决定召开全县安全生产工作会议。现将有关事项通知如下:",
  "一、会议时间",
  "2026年12月3日（星期四）上午9:00。",
  "二、有关要求",
  "（一）请准时参加。",
  "1.各单位要高度重视。",
  "附件：参会回执",
  "",
  "XX县人民政府办公室",
  "2026年11月25日",
  "（此件公开发布）",
  "抄送：县委办公室，县人大常委会办公室。",
  "XX县人民政府办公室 2026年11月25日印发",
].join("\n");

describe("huiwu format", () => {
  it("lays a pasted notice out in GB/T 9704 as a new .docx, every word kept, and offers the fixes after", async () => {
    const input = file("pasted.txt", PASTED);
    const out = join(dir, "pasted.docx");
    const { code, stdout } = await runCli(["format", input, "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`已排版：${out}（会议通知`);
    const document = readFileSync(out);
    const paragraphs = await readDocxParagraphs(document, out);
    expect(words(paragraphs.join(""))).toBe(words(PASTED));
    expect(readFileSync(input, "utf8")).toBe(PASTED);
    // The half-width colon is offered as a fix, not applied.
    expect(stdout).toMatch(/可修正（\d+ 处，未改动/);
    expect(stdout).toContain("document/punctuation");
    expect(paragraphs.join("")).toContain("通知如下:");
  });

  it("sets each part where GB/T 9704 puts it: the 标志 red, the body's levels, the 版记 ruled at the foot", async () => {
    const out = join(dir, "parts.docx");
    await runCli(["format", file("parts.txt", PASTED), "-o", out]);
    const JSZip = (await import("jszip")).default;
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")!.async("string");
    const paragraphWith = (text: string) => xml.split("<w:p>").find((p) => p.includes(text))!;
    expect(paragraphWith("XX县人民政府办公室文件")).toContain('<w:color w:val="FF0000"/>');
    expect(paragraphWith("一、会议时间")).toContain('w:eastAsia="黑体"');
    expect(paragraphWith("请准时参加")).toContain('w:eastAsia="楷体_GB2312"');
    expect(paragraphWith("1.各单位要高度重视")).toContain('w:eastAsia="仿宋_GB2312"');
    expect(paragraphWith("关于召开全县安全生产工作会议的通知")).toContain('w:eastAsia="方正小标宋简体"');
    expect(paragraphWith("抄送：")).toMatch(/<w:pBdr><w:top w:val="single" w:sz="8"/);
    expect(paragraphWith("2026年11月25日印发")).toContain("<w:tab/>");
  });

  it("never overwrites its input or an existing file without --force, and writes only .docx", async () => {
    const input = file("same.txt", PASTED);
    const same = await runCli(["format", input, "-o", input]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/\.docx/);
    const docx = file("exists.docx", "the user's own document");
    const refused = await runCli(["format", input, "-o", docx]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/已存在，未覆盖（确需覆盖请加 --force）/);
    expect(readFileSync(docx, "utf8")).toBe("the user's own document");
    expect((await runCli(["format", input, "-o", docx, "--force"])).code).toBe(0);
    const bad = await runCli(["format", input, "-o", join(dir, "x.docx"), "--kind", "letter"]);
    expect(bad.stderr).toMatch(/--kind 只能是 notice 或 minutes/);
  });

  it("formats a .docx it wrote again to the same words (minutes chosen with --kind)", async () => {
    const first = join(dir, "m1.docx");
    const minutes =
      "县政府常务会议纪要\n第12期\n12月3日上午，县长主持召开县政府常务会议。\n一、会议同意开展安全检查。\n出席：王建国、李明\n请假：郑凯";
    expect((await runCli(["format", file("m.txt", minutes), "-o", first, "--kind", "minutes"])).code).toBe(0);
    const second = join(dir, "m2.docx");
    const { stdout } = await runCli(["format", first, "-o", second]);
    expect(stdout).toContain("会议纪要");
    const paragraphs = await readDocxParagraphs(readFileSync(second), second);
    expect(words(paragraphs.join(""))).toBe(words(minutes));
  });

  it("sets a 函 in 信函格式: the 标志 in the first page's header without rules of a 版记, words kept", async () => {
    const letter = PASTED.replace("XX县人民政府办公室文件", "XX县人民政府办公室").replace("X政办发", "X政办函");
    const out = join(dir, "letter.docx");
    expect((await runCli(["format", file("letter.txt", letter), "-o", out])).code).toBe(0);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const header = await zip.file("word/header1.xml")!.async("string");
    expect(header).toContain("XX县人民政府办公室");
    expect(header).toContain('w:val="thickThinSmallGap"');
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("<w:titlePg/>");
    expect(xml.split("<w:p>").find((p) => p.includes("抄送："))).not.toContain("<w:pBdr>");
    // The 标志 stands in the header: the body's words are the rest, in order.
    const body = await readDocxParagraphs(readFileSync(out), out);
    expect(words("XX县人民政府办公室" + body.join(""))).toBe(words(letter));
    // Chosen for a notice whose number is no 函's.
    const chosen = join(dir, "chosen.docx");
    await runCli(["format", file("chosen.txt", PASTED), "-o", chosen, "--letter"]);
    expect((await JSZip.loadAsync(readFileSync(chosen))).file("word/header1.xml")).not.toBeNull();
  });
});
