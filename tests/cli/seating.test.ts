import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { runCli, workdir, writeXlsx } from "./cli-harness";

const dir = workdir();

/** A 参会名单 as an office keeps it: a title, 排序 not in row order, one person on leave. */
async function officeRoster(path: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("参会名单");
  sheet.addRow(["全县经济工作会议参会名单"]);
  sheet.addRow(["排序", "姓名", "单位", "职务", "是否请假"]);
  const people: [number, string, string, string, string?][] = [
    [2, "李明华", "县政府", "县长"],
    [1, "王建国", "县委", "书记"],
    [3, "张伟", "县人大常委会", "主任"],
    [4, "陈晓东", "县政协", "主席"],
    [5, "刘洋", "县委", "副书记"],
    [6, "周敏", "县发展改革委", "主任"],
    [7, "孙丽", "县财政局", "局长", "是"],
    [8, "黄海", "县住建局", "局长"],
    [9, "郑凯", "县交通运输局", "局长"],
  ];
  for (const row of people) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

const rowValues = (sheet: ExcelJS.Worksheet, r: number) =>
  (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? "" : String(v)));

describe("huiwu seating", () => {
  const roster = join(dir, "参会名单.xlsx");
  beforeAll(() => officeRoster(roster));

  it("draws the 座次图 by 排序, 2号 at 1号's left hand (the audience's right), bordered, A4 landscape on one page", async () => {
    const out = join(dir, "座次图.xlsx");
    const made = await runCli(["seating", roster, "-o", out, "--podium", "5", "--hall-columns", "4"]);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toContain(`已生成 ${out}`);
    expect(made.stdout).toContain("主席台 5 人，会场 3 人");
    expect(made.stdout).toContain("请假未排座：孙丽");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["座次图", "参会名单"]);
    const chart = workbook.getWorksheet("座次图")!;
    expect(rowValues(chart, 1)[0]).toBe("全县经济工作会议座次图");
    expect(rowValues(chart, 2)[1]).toBe("主席台（面向会场）");
    expect(rowValues(chart, 3).filter(Boolean)).toEqual(["主席台", "刘洋", "张伟", "王建国", "李明华", "陈晓东"]);
    expect(rowValues(chart, 5).filter(Boolean)).toEqual(["第一排", "周敏", "黄海", "郑凯"]);
    expect(chart.getCell("D3").border?.top?.style).toBe("thin");
    expect(chart.getCell("E5").border?.left?.style).toBe("thin"); // an empty hall seat is drawn too
    expect(chart.getCell("B2").isMerged).toBe(true);

    const sheetXml = await (await JSZip.loadAsync(readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"\/>/);
    expect(sheetXml).toMatch(/<printOptions horizontalCentered="1" verticalCentered="1"\/>/);

    const checked = await runCli(["check", out, "--json"]);
    const sheets = JSON.parse(checked.stdout).sheets as { sheet: string; kind: string; findings: unknown[] }[];
    expect(sheets.map((s) => [s.sheet, s.kind, s.findings])).toEqual([
      ["座次图", "seating", []],
      ["参会名单", "roster", []],
    ]);
  });

  it("seats 以右为上 and two 主席台 rows when told", async () => {
    const out = join(dir, "以右为上.xlsx");
    const made = await runCli(["seating", roster, "-o", out, "--podium", "7", "--podium-rows", "2", "--side", "right"]);
    expect(made.stdout).toContain("主席台 7 人（2 排）");
    expect(made.stdout).toContain("以右为上");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const chart = workbook.getWorksheet("座次图")!;
    expect(rowValues(chart, 3).filter(Boolean)).toEqual(["主席台第二排", "周敏", "刘洋", "黄海"]);
    expect(rowValues(chart, 4).filter(Boolean)).toEqual(["主席台第一排", "陈晓东", "李明华", "王建国", "张伟"]);
    const checked = JSON.parse((await runCli(["check", out, "--json"])).stdout);
    expect(checked.sheets[0].findings).toEqual([]);
  });

  it("refuses a wrong side, a file with no list of people and an existing output", async () => {
    const side = await runCli(["seating", roster, "-o", join(dir, "x.xlsx"), "--side", "up"]);
    expect(side.code).toBe(2);
    expect(side.stderr).toMatch(/--side 只能是 left/);
    const podium = await runCli(["seating", roster, "-o", join(dir, "x.xlsx"), "--podium", "三"]);
    expect(podium.stderr).toMatch(/--podium 应为不小于 0 的整数/);
    const empty = await writeXlsx(dir, "说明.xlsx", [{ sheet: "说明", rows: [["请按排序填写名单"]] }]);
    const none = await runCli(["seating", empty, "-o", join(dir, "y.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/没有找到参会名单/);
    const again = await runCli(["seating", roster, "-o", join(dir, "座次图.xlsx")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已存在，未覆盖/);
  });

  it("huiwu check runs the seating rules on a workbook holding a 座次图 and its 参会名单", async () => {
    const sample = SAMPLE_WORKBOOKS.find((w) => w.id === "seating")!;
    const path = await writeXlsx(dir, sample.fileName, sample.grids);
    const checked = await runCli(["check", path, "--json"]);
    expect(checked.code).toBe(1);
    const ids = (JSON.parse(checked.stdout).sheets as { findings: { ruleId: string }[] }[])
      .flatMap((s) => s.findings)
      .map((f) => f.ruleId)
      .sort();
    expect(ids).toEqual(
      [
        "seating/duplicate",
        "seating/missing",
        "seating/near-name",
        "seating/not-on-roster",
        "seating/rank-order",
      ].sort(),
    );
  });
});
