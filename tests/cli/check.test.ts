import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { join } from "node:path";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { REGISTER_RULES } from "../../src/core/rules/register-registry";
import { CLEAN_WORKBOOK } from "../fixtures/clean-registers";
import { runCli, workdir, writeXlsx } from "./cli-harness";

const dir = workdir();
const sample = (i: number) => writeXlsx(dir, SAMPLE_WORKBOOKS[i].fileName, SAMPLE_WORKBOOKS[i].grids);

describe("huiwu check", () => {
  it("--copy-to writes a checked copy, and a second run keeps it unless --force", async () => {
    const file = await sample(0);
    const folder = join(dir, "copies");
    const first = await runCli(["check", file, "--copy-to", folder]);
    expect(first.code).toBe(1);
    const copy = join(folder, "会议签到表（示例）（核对结果）.xlsx");
    expect(first.stdout).toContain(`核对结果副本：${copy}`);
    const again = await runCli(["check", file, "--copy-to", folder]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已存在，未覆盖（确需覆盖请加 --force）/);
    expect((await runCli(["check", file, "--copy-to", folder, "--force"])).code).toBe(1);
  });

  it("--copy-to gives two inputs of one name distinct copies in one run, with --force too", async () => {
    const [a, b] = ["甲", "乙"].map((sub) => {
      mkdirSync(join(dir, sub), { recursive: true });
      return join(dir, sub, "签到表.csv");
    });
    writeFileSync(a, "姓名,单位\n张三,县财政局\n");
    writeFileSync(b, "姓名,单位\n李四,县水利局\n");
    const folder = join(dir, "same-name");
    const first = await runCli(["check", a, b, "--copy-to", folder]);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: "" });
    const copies = [join(folder, "签到表（核对结果）.xlsx"), join(folder, "签到表（核对结果）（2）.xlsx")];
    for (const copy of copies) expect(first.stdout).toContain(copy);
    const forced = await runCli(["check", a, b, "--copy-to", folder, "--force"]);
    expect(forced.code).toBe(0);
    const names = await Promise.all(
      copies.map(async (copy) => {
        const [grid] = await readWorkbookGrids(new Uint8Array(readFileSync(copy)), copy);
        return grid.rows[1][0];
      }),
    );
    expect(names).toEqual(["张三", "李四"]);
  });

  it("finds every planted fault of the messy sign-in workbook, with the tally, as one JSON document", async () => {
    const file = await sample(0);
    const { code, stdout } = await runCli(["check", file, "--json"]);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.file).toBe(file);
    const signin = doc.sheets.find((s: { sheet: string }) => s.sheet === "签到表");
    expect(signin).toMatchObject({ kind: "signin", headerRow: 3, dataRows: 10, meetingStart: "2026-12-03T09:00" });
    expect(signin.tally).toEqual({
      expected: 10,
      present: 9,
      leave: 1,
      absent: 1,
      late: 2,
      nonRoster: 1,
      // What the figures are made of: 实到 counts 刘洋's proxy signature; 孙丽 is marked on leave but signed.
      parts: { proxies: ["刘洋"], leaveSigned: ["孙丽"], leave: ["何静"], roster: "参会名单" },
    });
    const found = signin.findings.map(
      (f: { ruleId: string; sheet: string; cell: string }) => `${f.ruleId} ${f.sheet}!${f.cell}`,
    );
    expect(found.sort()).toEqual(
      [
        "signin/proxy 签到表!G8",
        "signin/duplicate 签到表!B10",
        "cell/bad-date 签到表!E12",
        "signin/late 签到表!E7",
        "signin/shared-phone 签到表!F8",
        "cell/bad-phone 签到表!F9",
        "signin/late 签到表!E11",
        "signin/not-invited 签到表!B13",
        "signin/leave-but-signed 参会名单!A9",
        "signin/absent 参会名单!A11",
        "cell/name-spaces 签到表!B5",
        "cell/full-width-digits 签到表!F7",
      ].sort(),
    );
    const duplicate = signin.findings.find((f: { ruleId: string }) => f.ruleId === "signin/duplicate");
    expect(duplicate).toEqual({
      ruleId: "signin/duplicate",
      messageId: "duplicate",
      severity: "error",
      sheet: "签到表",
      cell: "B10",
      message: "王建国（县应急管理局）重复签到，第一次签到在第 4 行",
      related: ["B4"],
      fix: null,
      place: { kind: "cell", sheet: "签到表", cell: "B10", row: 10, related: ["B4"] },
      data: { name: "王建国", unit: "县应急管理局", first: 4 },
    });
  });

  it("--json says which of its rule's messages each finding is, so a script need not read the Chinese text", async () => {
    const doc = JSON.parse((await runCli(["check", await sample(0), "--json"])).stdout);
    const findings: { ruleId: string; messageId: string; cell: string }[] = doc.sheets.flatMap(
      (s: { findings: unknown[] }) => s.findings,
    );
    expect(findings.length).toBeGreaterThan(5);
    const messagesOf = new Map(REGISTER_RULES.map((rule) => [rule.meta.id, Object.keys(rule.meta.messages)]));
    for (const finding of findings) expect(messagesOf.get(finding.ruleId)).toContain(finding.messageId);
    expect(findings.filter((f) => f.ruleId === "signin/late").map((f) => f.messageId)).toEqual(["late", "late"]);
  });

  it.each([
    [
      1,
      [
        "receipt/signed-before-sent",
        "receipt/classified-channel",
        "receipt/unsigned",
        "receipt/unsigned",
        "receipt/signed-after-meeting",
        "receipt/unit-missing",
        "receipt/no-reply",
        "receipt/short-notice",
      ],
    ],
    [
      2,
      [
        "incoming/no-proposal",
        "incoming/no-approval",
        "incoming/bad-category",
        "incoming/doc-number-format",
        "incoming/doc-number-format",
        "incoming/doc-number-format",
        "incoming/sequence",
        "incoming/sequence",
        "incoming/duplicate",
      ],
    ],
    [
      3,
      [
        "seal/no-approval",
        "seal/phone-no-backfill",
        "seal/bad-copies",
        "seal/bad-copies",
        "seal/sequence",
        "seal/date-order",
        "seal/self-approved",
      ],
    ],
  ])("finds the planted faults of sample %i", async (i, expected) => {
    const { stdout } = await runCli(["check", await sample(i), "--json"]);
    const ids = JSON.parse(stdout).sheets.flatMap((s: { findings: { ruleId: string }[] }) =>
      s.findings.map((f) => f.ruleId),
    );
    expect(ids.sort()).toEqual([...expected].sort());
  });

  it("reports nothing above info on clean registers of all five kinds, and exits 0", async () => {
    const { code, stdout } = await runCli(["check", await writeXlsx(dir, "clean.xlsx", CLEAN_WORKBOOK), "--json"]);
    const doc = JSON.parse(stdout);
    expect(doc.sheets.map((s: { kind: string }) => s.kind)).toEqual([
      "signin",
      "roster",
      "receipt",
      "roster",
      "incoming",
      "seal",
    ]);
    expect(doc.sheets.flatMap((s: { findings: unknown[] }) => s.findings)).toEqual([]);
    expect(code).toBe(0);
  });

  it("prints a readable Chinese report: kind, header row, tally, findings by severity with cells", async () => {
    const { stdout } = await runCli(["check", await sample(0)]);
    expect(stdout).toContain("【签到表】会议签到表，表头在第 3 行，数据 10 行");
    expect(stdout).toContain("统计：应到 10  实到 9  请假 1  缺席 1  迟到 2  列席 1");
    expect(stdout).toMatch(/错误（3）\n\s+G8\s+刘洋 的签名“赵磊代”表明由他人代签/);
    expect(stdout).toMatch(/参会名单!A11 郑凯（县农业农村局）在名单上，但未签到，也未请假/);
    expect(stdout).not.toContain("\x1b[");
  });

  it("uses --start when the sheet gives no meeting time", async () => {
    const grids = [
      {
        sheet: "签到",
        rows: [
          ["姓名", "单位", "职务", "签到时间"],
          ["张三", "财政局", "科员", "14:35"],
        ],
      },
    ];
    const file = await writeXlsx(dir, "nostart.xlsx", grids);
    const without = JSON.parse((await runCli(["check", file, "--json"])).stdout);
    expect(without.sheets[0].tally.late).toBeNull();
    const withStart = JSON.parse((await runCli(["check", file, "--json", "--start", "2026-12-03 14:30"])).stdout);
    expect(withStart.sheets[0].meetingStart).toBe("2026-12-03T14:30");
    expect(withStart.sheets[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["signin/late"]);
  });

  it("applies a configuration file: rules off or re-graded, options", async () => {
    const config = join(dir, "huiwu.config.json");
    writeFileSync(
      config,
      JSON.stringify({ rules: { "signin/proxy": "off", "cell/bad-date": "warning" }, lateGraceMinutes: 10 }),
    );
    const doc = JSON.parse((await runCli(["check", await sample(0), "--json", "--config", config])).stdout);
    const findings = doc.sheets[0].findings;
    expect(findings.some((f: { ruleId: string }) => f.ruleId === "signin/proxy")).toBe(false);
    expect(findings.find((f: { ruleId: string }) => f.ruleId === "cell/bad-date").severity).toBe("warning");
    expect(doc.sheets[0].tally.late).toBe(1);
  });

  it.each([
    [{ rules: { "signin/nope": "off" } }, /没有这些规则 signin\/nope/],
    [{ noticeDays: "三" }, /noticeDays：noticeDays 应为数字/],
    [{ holidays: ["2027/1/1"] }, /holidays\.0：日期应写作 YYYY-MM-DD/],
    [{ color: true }, /未知的配置项 color/],
  ])("rejects a bad configuration with one Chinese line naming the field: %j", async (config, message) => {
    const path = join(dir, "bad.config.json");
    writeFileSync(path, JSON.stringify(config));
    const { code, stderr, stdout } = await runCli(["check", await sample(0), "--config", path]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ["missing.xlsx", null, /文件不存在/],
    ["empty.xlsx", Buffer.alloc(0), /文件是空的/],
    ["binary.xlsx", Buffer.from([0, 1, 2, 3, 0, 0, 0, 5]), /文件格式无法识别/],
    [
      "damaged.xls",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /不是可读取的 \.xls\/\.et/,
    ],
    ["truncated.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /已损坏或不完整/],
  ])("exits 2 with one Chinese line for %s", async (name, bytes, message) => {
    const path = join(dir, name);
    if (bytes) writeFileSync(path, bytes);
    const { code, stderr, stdout } = await runCli(["check", path]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/^huiwu: [^\n]+\n$/);
  });

  it("rejects an unreadable --start", async () => {
    const { code, stderr } = await runCli(["check", await sample(0), "--start", "明天上午"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--start 无法识别/);
  });
});
