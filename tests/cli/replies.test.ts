import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli, workdir, writeXlsx } from "./cli-harness";

const NOTICE = `关于召开全县安全生产工作会议的通知
县应急管理局、县财政局、县住建局、县教育局：
经县政府同意，定于2026年12月3日上午9:00在县政府三楼第一会议室召开全县安全生产工作会议。
一、参会人员
各单位分管负责同志，每单位限报2人。
二、有关要求
请于2026年12月1日前将参会回执报县政府办公室。
XX县人民政府办公室
2026年11月25日`;

const onTime = new Date(2026, 10, 28, 10, 0);
const late = new Date(2026, 11, 2, 15, 0);

async function reply(dir: string, name: string, rows: (string | number | null)[][], when = onTime) {
  const path = await writeXlsx(dir, name, [{ sheet: "回执", rows }]);
  utimesSync(path, when, when);
  return path;
}

const listRows = async (path: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))));
  return { name: sheet.name, rows };
};

describe("huiwu replies", () => {
  const dir = workdir();
  const notice = join(dir, "通知.txt");
  const folder = join(dir, "回执");
  let safety: string;
  let finance: string;
  let housing: string;

  beforeAll(async () => {
    writeFileSync(notice, NOTICE);
    mkdirSync(folder);
    safety = await reply(folder, "应急局回执.xlsx", [
      ["参会回执", null, null, null],
      ["单位", "姓名", "职务", "联系电话"],
      ["县应急管理局", "王建国", "局长", "13905712233"],
    ]);
    finance = await reply(
      folder,
      "县财政局回执.xlsx",
      [
        ["单位：县财政局", null, null],
        ["姓名", "职务", "联系电话"],
        ["刘洋", "副局长", "13805712345"],
        ["何静", "科长", "13805710000"],
        ["孙丽", "科员", "13805711111"],
      ],
      late,
    );
  });

  it("merges a folder of 回执 into the 参会名单 and prints each reply/* finding and the tally per unit", async () => {
    const out = join(dir, "参会名单.xlsx");
    const run = await runCli(["replies", notice, folder, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("县住建局 未报送回执");
    expect(run.stdout).toContain("县财政局 报名 3 人，超过通知规定的 2 人");
    expect(run.stdout).toMatch(
      /县财政局回执\.xlsx +2026年12月2日收到（按文件修改时间），晚于通知要求的 2026年12月1日 前报送/,
    );
    expect(run.stdout).toContain(`已生成 ${out}（工作表“参会名单”）：4 人，来自 2 份回执`);
    expect(run.stdout).toMatch(/县应急管理局\s+1 人/);
    expect(run.stdout).toMatch(/县住建局\s+0 人（未报送）/);

    const list = await listRows(out);
    expect(list.rows[0][0]).toBe("全县安全生产工作会议参会名单");
    expect(list.rows[1][0]).toMatch(/^会议时间：2026年12月3日 09:00/);
    expect(list.rows[2]).toEqual(["序号", "单位", "姓名", "职务", "联系电话", "备注", "来源文件"]);
    expect(list.rows.slice(3).map((r) => `${r[0]} ${r[1]} ${r[2]} ${r[6]}`)).toEqual([
      "1 县应急管理局 王建国 应急局回执.xlsx",
      "2 县财政局 刘洋 县财政局回执.xlsx",
      "3 县财政局 何静 县财政局回执.xlsx",
      "4 县财政局 孙丽 县财政局回执.xlsx",
    ]);
  });

  it("never overwrites the list without --force; --append adds only the new 回执's new people", async () => {
    const out = join(dir, "名单2.xlsx");
    expect((await runCli(["replies", notice, safety, finance, "-o", out])).code).toBe(0);
    const again = await runCli(["replies", notice, safety, "-o", out]);
    expect(again).toMatchObject({ code: 2, stdout: "" });
    expect(again.stderr).toContain("已存在，未覆盖");

    housing = await reply(dir, "县住建局.xlsx", [
      ["姓名", "职务", "联系电话"],
      ["张伟", "副局长", "13906661111"],
    ]);
    const appended = await runCli(["replies", notice, safety, finance, housing, "-o", out, "--append"]);
    expect(appended.stdout).toContain("已汇总过、未再读取：应急局回执.xlsx、县财政局回执.xlsx");
    expect(appended.stdout).toContain(`已在 ${out} 中增加 1 人（来自 1 份新回执），名单共 5 人`);
    expect(appended.stdout).not.toContain("县住建局 未报送回执");
    expect(appended.stdout).toContain("县教育局 未报送回执");
    const list = await listRows(out);
    expect(list.rows.slice(3).map((r) => r[2])).toEqual(["王建国", "刘洋", "何静", "孙丽", "张伟"]);
  });

  it("says a duplicate person is an error (exit 1) and points at both rows", async () => {
    const twice = await reply(dir, "县教育局.xlsx", [
      ["单位", "姓名", "职务", "联系电话"],
      ["县教育局", "周敏", "副局长", "13805719999"],
      ["县教育局", "周 敏", "副局长", "13805719999"],
    ]);
    const run = await runCli(["replies", notice, twice, "-o", join(dir, "名单3.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/县教育局\.xlsx 回执!B3 +周敏（县教育局）已在本回执前面中报名/);
  });

  it("orders by 姓氏笔画 when asked, and ends a bad option in one Chinese line", async () => {
    const run = await runCli(["replies", notice, safety, finance, "-o", join(dir, "名单4.xlsx"), "--order", "strokes"]);
    expect(run.code).toBe(0);
    const list = await listRows(join(dir, "名单4.xlsx"));
    expect(list.rows.slice(3).map((r) => r[2])).toEqual(["王建国", "刘洋", "孙丽", "何静"]);
    const bad = await runCli(["replies", notice, safety, "-o", join(dir, "x.xlsx"), "--order", "abc"]);
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toMatch(/^huiwu: --order 只能是 notice 或 strokes/);
  });
});

describe("the sample chain: notice and 回执 → 参会名单 → 签到表 → signed → checked", () => {
  const dir = workdir();
  const samples = join(dir, "samples");

  it("finds each fault the samples hold, and the printed sheet, filled in, checks with the right tally", async () => {
    const written = await runCli(["samples", samples]);
    expect(written.stdout).toContain("会议通知（附回执，示例）.docx");
    expect(written.stdout).toContain(join("回执（示例）", "县财政局回执.docx"));

    const list = join(dir, "参会名单.xlsx");
    const run = await runCli([
      "replies",
      join(samples, "会议通知（附回执，示例）.docx"),
      join(samples, "回执（示例）"),
      "-o",
      list,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const findings = run.stdout.split("\n").filter((line) => /reply\//.test(line));
    expect(findings.map((line) => line.replace(/\s+/g, " ").trim())).toEqual([
      "县交通运输局回执.xlsx Sheet1!B5 吴刚（县交通运输局）已在本回执前面中报名，参会名单只列一次 reply/duplicate-person",
      "会议通知（附回执，示例）.docx 县教育局 未报送回执 reply/missing-unit",
      "县住建局回执.csv 县住建局回执!B4 县住建局 报名 3 人，超过通知规定的 2 人（“每单位限报2人”） reply/over-quota",
      "县财政局回执.docx 2026年12月2日收到（按文件修改时间），晚于通知要求的 2026年12月1日 前报送 reply/late",
    ]);
    expect(run.stdout).toContain("11 人，来自 5 份回执");

    const sheet = join(dir, "签到表.xlsx");
    expect((await runCli(["signin-sheet", list, "-o", sheet])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheet);
    const signin = workbook.getWorksheet("签到表")!;
    expect(signin.getCell("A1").value).toBe("全县安全生产工作会议签到表");
    for (const [row, time] of [
      [4, "8:40"],
      [5, "8:52"],
      [8, "9:06"],
      [12, "8:58"],
    ] as const) {
      signin.getCell(`E${row}`).value = String(signin.getCell(`C${row}`).value);
      signin.getCell(`F${row}`).value = time;
    }
    const signed = join(dir, "签到表（已签）.xlsx");
    await workbook.xlsx.writeFile(signed);
    const check = await runCli(["check", signed]);
    expect(check.stdout).toContain("会议开始：2026-12-03 09:00");
    expect(check.stdout).toMatch(/统计：应到 11 +实到 4 +请假 0 +缺席 7 +迟到 1/);
  });
});

describe("huiwu replies: the clerk's unit list and received dates, and a .xls 回执", () => {
  const dir = workdir();

  it("checks against --units, takes --received over the file's date, and reads an old .xls", async () => {
    const notice = join(dir, "通知.txt");
    writeFileSync(notice, NOTICE);
    const units = join(dir, "单位.txt");
    writeFileSync(units, "# 应报回执的单位\n县审计局\n县统计局\n");
    const XLSX = await import("@e965/xlsx");
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([
        ["单位", "姓名", "职务", "手机"],
        ["县审计局", "冯涛", "副局长", "13905719876"],
      ]),
      "Sheet1",
    );
    const xls = join(dir, "审计局.xls");
    writeFileSync(xls, XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer);
    utimesSync(xls, onTime, onTime);
    const run = await runCli([
      "replies",
      notice,
      xls,
      "-o",
      join(dir, "名单.xlsx"),
      "--units",
      units,
      "--received",
      "审计局.xls=2026-12-05",
    ]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("单位.txt  县统计局 未报送回执");
    expect(run.stdout).not.toContain("县财政局 未报送回执");
    expect(run.stdout).toContain(
      "审计局.xls  2026年12月5日收到（登记的收到日期），晚于通知要求的 2026年12月1日 前报送",
    );
    expect(run.stdout).toContain("1 人，来自 1 份回执");
  });
});
