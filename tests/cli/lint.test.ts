import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FAULTY_MINUTES, GOOD_MINUTES } from "../../src/samples/minutes";
import { FAULTY_NOTICE, GOOD_NOTICE } from "../../src/samples/notices";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { docxOf } from "../fixtures/docx";
import { runCli, workdir, writeXlsx } from "./cli-harness";

const dir = workdir();
const txt = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const docx = async (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, await docxOf(text.split("\n")));
  return path;
};

describe("huiwu lint", () => {
  it.each([
    ["a .txt", () => txt("good.txt", GOOD_NOTICE)],
    ["a .docx", () => docx("good.docx", GOOD_NOTICE)],
    ["minutes", () => docx("good-minutes.docx", GOOD_MINUTES)],
  ])("stays silent on a good document (%s) and exits 0", async (_name, make) => {
    const { code, stdout } = await runCli(["lint", await make(), "--json"]);
    const doc = JSON.parse(stdout);
    expect(doc.findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
    expect(code).toBe(0);
  });

  it("finds the faults of a bad notice in .docx and .txt alike, with paragraph, range, text and fix", async () => {
    const fromTxt = JSON.parse((await runCli(["lint", txt("bad.txt", FAULTY_NOTICE), "--json"])).stdout);
    const fromDocx = JSON.parse((await runCli(["lint", await docx("bad.docx", FAULTY_NOTICE), "--json"])).stdout);
    expect(fromDocx.findings).toEqual(fromTxt.findings);
    expect(fromTxt.kind).toBe("notice");
    const ids = fromTxt.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "notice/doc-number-format",
        "notice/date-no-year",
        "notice/weekday-mismatch",
        "notice/place-imprecise",
        "notice/classified-channel",
        "notice/reply-after-meeting",
        "notice/relative-date",
        "notice/bad-phone",
        "notice/attachment-punctuation",
        "notice/date-format",
        "notice/short-notice",
      ]),
    );
    expect(fromTxt.findings.find((f: { ruleId: string }) => f.ruleId === "notice/relative-date")).toEqual({
      ruleId: "notice/relative-date",
      messageId: "relative",
      severity: "error",
      paragraph: 8,
      start: 51,
      end: 53,
      text: "明天",
      message: "“明天”容易产生混淆，应写明年月日",
      fix: null,
      place: { kind: "text", paragraph: 8, start: 51, end: 53, text: "明天" },
      data: { text: "明天" },
    });
    expect(fromTxt.findings.find((f: { ruleId: string }) => f.ruleId === "notice/date-format").fix).toEqual({
      kind: "text",
      paragraph: 12,
      start: 0,
      end: 10,
      before: "二〇二六年十二月一日",
      after: "2026年12月1日",
    });
  });

  it("detects minutes by the title and checks the 出席 line against a sign-in workbook", async () => {
    const signin = await writeXlsx(dir, "signin.xlsx", SAMPLE_WORKBOOKS[0].grids);
    const { code, stdout } = await runCli([
      "lint",
      txt("bad-minutes.txt", FAULTY_MINUTES),
      "--json",
      "--signin",
      signin,
    ]);
    const doc = JSON.parse(stdout);
    expect(doc.kind).toBe("minutes");
    expect(code).toBe(1);
    const mismatch = doc.findings
      .filter((f: { ruleId: string }) => f.ruleId === "minutes/attendance-mismatch")
      .map((f: { message: string }) => f.message);
    expect(mismatch).toContain("出席名单中的“赵六”未在签到表上签到");
    expect(mismatch).toContain("张伟 在签到表上签到，但未列入出席或列席名单");
  });

  it("prints human output quoting the offending text in context", async () => {
    const { stdout } = await runCli(["lint", txt("bad2.txt", FAULTY_NOTICE)]);
    expect(stdout).toContain("文件：");
    expect(stdout).toContain("（会议通知）");
    expect(stdout).toMatch(/第 9 段\s+“明天”容易产生混淆，应写明年月日/);
    expect(stdout).toContain("如有变动，【明天】另行通知。");
  });

  it("--explain says how the text was read: the kind and why, each element's paragraph and cue, what was not found", async () => {
    const { stdout } = await runCli(["lint", txt("explain.txt", GOOD_NOTICE), "--explain"]);
    expect(stdout).toMatch(/文种：会议通知，依据：标题“关于召开全县安全生产工作会议的通知”/);
    expect(stdout).toMatch(/✓ 会议地点\s+第 9 段（标签）“县政府三楼第一会议室。”/);
    expect(stdout).toMatch(/✓ 会议名称\s+第 3 段（标题）/);
    expect(stdout).toMatch(/✓ 成文日期\s+第 23 段（落款）“2026年11月25日”/);
    const cut = await runCli([
      "lint",
      txt("cut.txt", GOOD_NOTICE.slice(0, GOOD_NOTICE.indexOf("不得代签"))),
      "--explain",
    ]);
    expect(cut.stdout).toMatch(/文字在第 \d+ 段中断/);
    expect(cut.stdout).toMatch(/✗ 成文日期\s+没有找到（可能在中断后缺失的部分）/);
    // Copied from a web page with blank lines: the lines the user has are counted, and a sign is said where it is.
    const page = [
      "首页 > 通知公告",
      "",
      ...GOOD_NOTICE.replace(/三、参会人员\n[^\n]*\n/, "与会范围：县直各单位一把手。\n").split("\n"),
    ];
    const hinted = await runCli(["lint", txt("page.txt", page.join("\n")), "--explain"]);
    expect(hinted.stdout).toMatch(/✓ 会议地点\s+第 11 段（标签）“县政府三楼第一会议室。”/);
    expect(hinted.stdout).toMatch(/✗ 参会人员\/参会单位\s+没有读出，但第 12 段有“与会”：不报缺少/);
  });

  it("honours --kind", async () => {
    const doc = JSON.parse((await runCli(["lint", txt("k.txt", GOOD_NOTICE), "--json", "--kind", "minutes"])).stdout);
    expect(doc.kind).toBe("minutes");
  });

  it.each([
    [["lint", "nothing.docx"], /文件不存在/],
    [["lint", "--kind", "memo", "x.txt"], /--kind 只能是 notice 或 minutes/],
    [["lint", join(dir, "old.doc")], /旧版 \.doc 格式无法读取/],
  ])("exits 2 with one Chinese line: %j", async (args, message) => {
    writeFileSync(join(dir, "old.doc"), "x");
    const { code, stderr } = await runCli(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("says an empty document has no text", async () => {
    const { code, stderr } = await runCli(["lint", await docx("empty.docx", "")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/文档中没有文字/);
  });

  it("names the file when a text is past the 100 MB text limit (lint and draft)", async () => {
    for (const [name, args] of [
      ["长通知.txt", (path: string) => ["lint", path]],
      ["长输入.json", (path: string) => ["draft", "notice", path, "-o", join(dir, "长.docx")]],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, "");
      truncateSync(path, 120 * 1024 * 1024); // a hole: nothing is written to the disk
      const { code, stderr } = await runCli(args(path));
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^huiwu: ${name}：文本文件有 120 MB，超过 100 MB 的上限，不读取\n$`));
    }
  });
});
