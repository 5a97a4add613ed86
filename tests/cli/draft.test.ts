import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { runCli, workdir, writeXlsx } from "./cli-harness";

const dir = workdir();
const json = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
const paragraphsOf = async (path: string) =>
  (await readDocxParagraphs(readFileSync(path), path)).filter((p) => p.trim() !== "");

describe("huiwu draft", () => {
  it("writes a notice .docx that reads back as the notice and passes its own checks", async () => {
    const out = join(dir, "notice.docx");
    const { code, stdout } = await runCli(["draft", "notice", json("n.json", SAMPLE_NOTICE), "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`已写入 ${out}`);
    const paragraphs = await paragraphsOf(out);
    expect(paragraphs).toContain("X政办发〔2026〕45号");
    expect(paragraphs).toContain("2026年12月3日（星期四）上午9:00。");
    const lint = JSON.parse((await runCli(["lint", out, "--json"])).stdout);
    expect(lint.findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
  });

  it("never replaces an existing .docx unless told to with --force", async () => {
    const out = json("mine.docx", "the user's own document");
    const refused = await runCli(["draft", "notice", json("n2.json", SAMPLE_NOTICE), "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/已存在，未覆盖（确需覆盖请加 --force）/);
    expect(readFileSync(out, "utf8")).toBe("the user's own document");
    const forced = await runCli(["draft", "notice", json("n3.json", SAMPLE_NOTICE), "-o", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(await paragraphsOf(out)).toContain("X政办发〔2026〕45号");
  });

  it("stops on error-level findings and prints them; --force drafts anyway", async () => {
    const input = json("bad.json", {
      ...SAMPLE_NOTICE,
      start: "2026-12-05T09:00",
      replyDeadline: "2026-12-08",
      place: "县政府",
    });
    const out = join(dir, "bad.docx");
    const stopped = await runCli(["draft", "notice", input, "-o", out]);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toMatch(/错误：回执截止日期 2026年12月8日 不早于会议日期 2026年12月5日/);
    expect(stopped.stdout).toMatch(/警告：会议地点“县政府”未具体到楼层、房间/);
    expect(stopped.stdout).toMatch(/未生成文档/);
    expect(existsSync(out)).toBe(false);
    const forced = await runCli(["draft", "notice", input, "-o", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("fills 出席/请假/列席 of minutes from a sign-in workbook, in 姓氏笔画 order", async () => {
    const signin = await writeXlsx(dir, "signin.xlsx", SAMPLE_WORKBOOKS[0].grids);
    const out = join(dir, "minutes.docx");
    const { code } = await runCli(["draft", "minutes", json("m.json", SAMPLE_MINUTES), "--signin", signin, "-o", out]);
    expect(code).toBe(0);
    const paragraphs = await paragraphsOf(out);
    expect(paragraphs).toContain("出席：王建国、刘洋、孙丽、李娜、张伟、陈晓东、周敏、黄海");
    expect(paragraphs).toContain("请假：何静");
    expect(paragraphs).toContain("列席：吴刚");
    const given = join(dir, "minutes-given.docx");
    await runCli([
      "draft",
      "minutes",
      json("m.json", SAMPLE_MINUTES),
      "--signin",
      signin,
      "--order",
      "given",
      "-o",
      given,
    ]);
    expect(await paragraphsOf(given)).toContain("出席：王建国、李娜、张伟、陈晓东、刘洋、周敏、孙丽、黄海");
  });

  it.each([
    [{ ...SAMPLE_NOTICE, start: "12月3日" }, /会议开始时间（start）：日期应写作 2026-12-10 或 2026-12-10T09:00/],
    [{ ...SAMPLE_NOTICE, contacts: [{ name: "王芳" }] }, /联系人（contacts） › 第 1 项 › 联系电话（phone）：应为文字/],
    [{ ...SAMPLE_NOTICE, venue: "x" }, /不认识的字段 venue/],
    ["{ not json", /不是有效的 JSON/],
  ])("explains bad input naming the field, exit 2: %#", async (input, message) => {
    const { code, stderr } = await runCli(["draft", "notice", json("x.json", input), "-o", join(dir, "x.docx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
