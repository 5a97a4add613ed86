import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_MINUTES } from "../../src/samples/draft-inputs";
import { FAULTY_MINUTES } from "../../src/samples/minutes";
import { FAULTY_NOTICE } from "../../src/samples/notices";
import { runCli, workdir } from "./cli-harness";

const dir = workdir();
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const minutesJson = (name: string, patch = {}) => file(name, JSON.stringify({ ...SAMPLE_MINUTES, ...patch }));

/** A 督办台账 as an office keeps it: a styled title, bordered blank rows waiting to be filled, one item in progress. */
async function officeTemplate(path: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("2026年督办");
  sheet.addRow(["县政府常务会议议定事项督办台账"]).font = { bold: true, size: 16 };
  sheet.addRow(["编号", "督办事项", "牵头单位", "办结时限", "进展情况", "状态", "来源", "备注"]);
  sheet.addRow([
    1,
    "修订县级应急预案",
    "县应急管理局",
    new Date(Date.UTC(2026, 10, 30)),
    "已报县政府审定",
    "在办",
    "第11期",
    "",
  ]);
  sheet.getCell("E3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const thin = { style: "thin" as const };
  for (let r = 2; r <= 12; r++)
    for (let c = 1; c <= 8; c++) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  await workbook.xlsx.writeFile(path);
}

describe("huiwu track", () => {
  it("makes a 督办台账 from drafted minutes that the check reads back with no error", async () => {
    const out = join(dir, "new.xlsx");
    const made = await runCli(["track", minutesJson("m.json"), "-o", out]);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toContain(`已生成 ${out}：3 项`);
    const checked = await runCli(["check", out, "--on", "2026-12-09", "--json"]);
    const [sheet] = JSON.parse(checked.stdout).sheets;
    expect(sheet.kind).toBe("tracking");
    expect(sheet.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(sheet.tracking).toMatchObject({ items: 3, done: 0, overdue: 0, on: "2026-12-09" });
    const late = JSON.parse((await runCli(["check", out, "--on", "2026-12-16", "--json"])).stdout);
    expect(late.sheets[0].tracking.overdue).toBe(1);
  });

  it("appends a new meeting's items to an office's own register, keeping its rows and borders; twice adds nothing", async () => {
    const register = join(dir, "督办台账.xlsx");
    await officeTemplate(register);
    const first = await runCli(["track", minutesJson("m12.json"), "-o", register]);
    expect(first.stdout).toContain("末尾追加 3 项");
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(register);
    const sheet = after.getWorksheet("2026年督办")!;
    const before = new ExcelJS.Workbook();
    await officeTemplate(join(dir, "template.xlsx"));
    await before.xlsx.readFile(join(dir, "template.xlsx"));
    expect(sheet.getRow(3).values).toEqual(before.getWorksheet("2026年督办")!.getRow(3).values);
    expect((sheet.getCell("E3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFFF00");
    expect(sheet.getCell("A4").value).toBe(2);
    expect(sheet.getCell("B4").value).toBe("开展全县危化品企业安全检查");
    expect(sheet.getCell("D4").value).toEqual(new Date(Date.UTC(2026, 11, 15)));
    expect(sheet.getCell("F4").value).toBe("未办");
    expect(sheet.getCell("B6").border?.left?.style).toBe("thin");
    expect(sheet.getCell("A7").value).toBeNull();

    const bytes = readFileSync(register);
    const again = await runCli(["track", minutesJson("m12b.json"), "-o", register]);
    expect(again.stdout).toContain("已有这些事项，未追加");
    expect(readFileSync(register).equals(bytes)).toBe(true);
    const next = await runCli([
      "track",
      minutesJson("m13.json", {
        number: "第13期",
        decisions: [{ text: "修订防汛预案", owner: "县水利局", deadline: "2027-03-31" }],
      }),
      "-o",
      register,
    ]);
    expect(next.stdout).toContain("末尾追加 1 项");
    const checked = JSON.parse((await runCli(["check", register, "--on", "2026-12-09", "--json"])).stdout);
    expect(checked.sheets[0].tracking).toMatchObject({ items: 5, overdue: 1 });
  });

  it("says in each row what the minutes left open, and never guesses it", async () => {
    const out = join(dir, "faulty.xlsx");
    const { code, stdout } = await runCli(["track", file("纪要.txt", FAULTY_MINUTES), "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/第 1 项（进一步加强冬季安全生产工作）：纪要未写明责任单位；纪要未写明完成时限/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0].getCell("H3").value).toBe("纪要未写明责任单位；纪要未写明完成时限");
    expect(workbook.worksheets[0].getCell("C4").value).toBe("县财政局");
  });

  it("refuses, in one Chinese line and without touching anything, what it cannot do", async () => {
    const notice = await runCli(["track", file("通知.txt", FAULTY_NOTICE), "-o", join(dir, "x.xlsx")]);
    expect(notice.code).toBe(2);
    expect(notice.stderr).toMatch(/这是会议通知，不是会议纪要/);
    const nothing = await runCli([
      "track",
      file("空.txt", "县政府常务会议纪要\n会议听取了工作汇报。"),
      "-o",
      join(dir, "x.xlsx"),
    ]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/没有找到议定事项/);
    const csv = file("台账.csv", "议定事项,责任单位,完成时限\n修订预案,县应急管理局,2026-12-31\n");
    const refused = await runCli(["track", minutesJson("m.json"), "-o", csv]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/只能追加到 \.xlsx 督办台账/);
    expect(readFileSync(csv, "utf8")).toContain("修订预案,县应急管理局");
    const roster = join(dir, "名单.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("名单").addRows([
      ["姓名", "单位"],
      ["张三", "县财政局"],
    ]);
    await workbook.xlsx.writeFile(roster);
    const wrong = await runCli(["track", minutesJson("m.json"), "-o", roster]);
    expect(wrong.stderr).toMatch(/没有找到督办台账/);
  });
});
