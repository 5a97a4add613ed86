import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { runCli, workdir } from "./cli-harness";

const dir = workdir();
const json = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

/** The first page's header of a drafted .docx: where a letter carries its 标志 and red double rule. */
async function headers(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  return (await Promise.all(names.map((n) => zip.file(n)!.async("string")))).join("");
}

describe("huiwu draft notice with 信函格式 (letter)", () => {
  it('"letter": true sets a notice whose 发文字号 is not a 函\'s as a letter: the 标志 without 文件, over a double rule', async () => {
    const notice = { ...SAMPLE_NOTICE, issuer: "XX县人民政府办公室文件" };
    const letter = join(dir, "letter.docx");
    const plain = join(dir, "plain.docx");
    expect((await runCli(["draft", "notice", json("l.json", { ...notice, letter: true }), "-o", letter])).code).toBe(0);
    expect((await runCli(["draft", "notice", json("p.json", notice), "-o", plain])).code).toBe(0);
    const head = await headers(letter);
    expect(head).toContain(">XX县人民政府办公室<");
    expect(head).toMatch(/w:val="thickThinSmallGap"/);
    expect(await headers(plain)).not.toMatch(/thickThinSmallGap/);
  });

  it("says in Chinese what is wrong when 信函格式 is not true or false", async () => {
    const { code, stderr } = await runCli([
      "draft",
      "notice",
      json("bad.json", { ...SAMPLE_NOTICE, letter: "是" }),
      "-o",
      join(dir, "bad.docx"),
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/信函格式/);
  });
});
