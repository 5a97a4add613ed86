import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { runCli, workdir } from "./cli-harness";

const dir = workdir();
const json = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe("huiwu draft notice with 附回执 (withReplyForm)", () => {
  it("writes a .docx whose last page is the 回执, and its own lint finds the 署名 and 成文日期 above it", async () => {
    const out = join(dir, "notice-with-reply.docx");
    const { code, stderr } = await runCli([
      "draft",
      "notice",
      json("n.json", { ...SAMPLE_NOTICE, withReplyForm: true }),
      "-o",
      out,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const paragraphs = (await readDocxParagraphs(readFileSync(out), out)).map((p) => p.trim()).filter(Boolean);
    const page = paragraphs.findIndex((p) => /^附件\d*$/.test(p));
    expect(page).toBeGreaterThan(0);
    expect(paragraphs[page + 1]).toMatch(/回执$/);
    expect(paragraphs.slice(page)).toContain("单位（盖章）：");
    const lint = JSON.parse((await runCli(["lint", out, "--json"])).stdout);
    const missing = lint.findings
      .filter((f: { ruleId: string }) => f.ruleId === "notice/missing-element")
      .map((f: { data: { element: string } }) => f.data.element);
    expect(missing).not.toContain("发文机关署名");
    expect(missing).not.toContain("成文日期");
  });

  it("says in Chinese what is wrong when 附回执 is not true or false", async () => {
    const { code, stderr } = await runCli([
      "draft",
      "notice",
      json("bad.json", { ...SAMPLE_NOTICE, withReplyForm: "是" }),
      "-o",
      join(dir, "bad.docx"),
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/附回执（withReplyForm）：应为 true 或 false/);
  });
});
