import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli, workdir, writeXlsx } from "./cli-harness";

const LIST = [
  ["全县安全生产工作会议参会名单", null, null, null, null, null, null],
  ["会议时间：2026年12月3日 09:00    地点：县政府三楼第一会议室", null, null, null, null, null, null],
  ["序号", "单位", "姓名", "职务", "联系电话", "会场", "来源文件"],
  [1, "县应急管理局", "王建国", "局长", "13905712233", "主会场", "a.xlsx"],
  [2, "县应急管理局", "李娜", "副局长", "13805712345", "主会场", "a.xlsx"],
  [3, "县财政局", "刘洋", "副局长", "13805712345", "城关分会场", "b.xlsx"],
  [4, "县财政局", "何静", "科长", "13805710000", "主会场", "b.xlsx"],
  [5, "城关镇", "赵磊", "副镇长", "13606661234", "城关分会场", "c.docx"],
];

describe("huiwu signin-sheet", () => {
  const dir = workdir();
  let list: string;
  beforeAll(async () => {
    list = await writeXlsx(dir, "参会名单.xlsx", [{ sheet: "参会名单", rows: LIST }]);
  });

  it("prints a pre-printed 签到表 the checker reads back: signed rows present, the others absent, late after 9:00", async () => {
    const out = join(dir, "签到表.xlsx");
    const made = await runCli(["signin-sheet", list, "-o", out]);
    expect(made.stderr).toBe("");
    expect(made.stdout).toContain(
      `已生成 ${out}（“全县安全生产工作会议签到表”）：5 人，按单位排列，A4 纵向，每页重复表头`,
    );

    const zip = await JSZip.loadAsync(readFileSync(out));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'签到表'!$3:$3</definedName>`,
    );
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"\/>/);
    expect(sheetXml).toMatch(/<row r="4"[^>]* ht="30" customHeight="1"/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("签到表")!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      "序号",
      "单位",
      "姓名",
      "职务",
      "签名",
      "签到时间",
    ]);
    expect([sheet.getCell("B4").value, sheet.getCell("B5").value]).toEqual(["县应急管理局", "县应急管理局"]);
    expect(sheet.getCell("E8").border?.bottom?.style).toBe("thin"); // the empty 签名 cell is drawn
    // Signed in by hand, typed in after the meeting: three of five, one late.
    sheet.getCell("E4").value = "王建国";
    sheet.getCell("F4").value = "8:45";
    sheet.getCell("E6").value = "刘洋";
    sheet.getCell("F6").value = "9:10";
    sheet.getCell("E8").value = "赵磊";
    sheet.getCell("F8").value = "8:50";
    const filled = join(dir, "签到表（已签）.xlsx");
    await workbook.xlsx.writeFile(filled);

    const check = await runCli(["check", filled, "--json"]);
    const [report] = JSON.parse(check.stdout).sheets;
    expect(report.kind).toBe("signin");
    expect(report.meetingStart).toBe("2026-12-03T09:00");
    expect(report.tally).toMatchObject({ expected: 5, present: 3, absent: 2, late: 1 });
  });

  it("groups by 会场 with a heading row each, and writes a Word table with --docx", async () => {
    const out = join(dir, "签到表-会场.xlsx");
    const made = await runCli(["signin-sheet", list, "-o", out, "--by", "venue"]);
    expect(made.stdout).toContain("按会场分 2 组");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("签到表")!;
    expect(sheet.getCell("A4").value).toBe("主会场");
    expect(sheet.getCell("C5").value).toBe("王建国");
    const check = JSON.parse((await runCli(["check", out, "--json"])).stdout).sheets[0];
    expect(check.tally).toMatchObject({ expected: 5, present: 0, absent: 5 });

    const docx = join(dir, "签到表.docx");
    expect((await runCli(["signin-sheet", list, "-o", docx, "--docx"])).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")!.async("string");
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("全县安全生产工作会议签到表");
    expect((xml.match(/<w:tr>/g) ?? []).length).toBe(6);
  });

  it("refuses to group by 会场 without a 会场 column, in one Chinese line", async () => {
    const plain = await writeXlsx(dir, "名单.xlsx", [
      {
        sheet: "参会名单",
        rows: [
          ["姓名", "单位"],
          ["王建国", "县应急管理局"],
        ],
      },
    ]);
    const run = await runCli(["signin-sheet", plain, "-o", join(dir, "x.xlsx"), "--by", "venue"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/参会名单没有“会场”列，不能按会场分组/);
  });
});
