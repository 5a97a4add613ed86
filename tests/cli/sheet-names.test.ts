import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli, workdir } from "./cli-harness";

const dir = workdir();
const SIGNIN = "序号,姓名,单位,手机号码\n1,张三,县财政局,1381234\n2,李四,县水利局,13912345678\n";
const ROSTER = "姓名,单位,排序\n张三,县财政局,1\n李四,县水利局,2\n王五,县住建局,3\n";

/** The sheets of an .xlsx: names in order, and the cell fills of the first. */
async function sheetsOf(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook.worksheets;
}

describe("sheet names made from file names", () => {
  it.each([
    [
      "a 33-character name",
      "2026年12月3日全县安全生产工作会议参会人员签到登记表（终稿）",
      "2026年12月3日全县安全生产工作会议参会人员签到登记表（终",
    ],
    ["brackets", "签到表[第1批]", "签到表_第1批_"],
    ["a leading apostrophe", "'26签到表", "26签到表"],
    ["History", "History", "History_"],
  ])("check --copy-to a .csv named with %s writes a copy, its faults marked and linked", async (_, stem, sheet) => {
    const folder = join(dir, `in-${stem.length}-${sheet}`);
    mkdirSync(folder);
    const csv = join(folder, `${stem}.csv`);
    writeFileSync(csv, SIGNIN);
    const copies = join(folder, "copies");
    const { code, stdout, stderr } = await runCli(["check", csv, "--copy-to", copies]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const copy = join(copies, `${stem}（核对结果）.xlsx`);
    expect(stdout).toContain(copy);
    const [first, report] = await sheetsOf(copy);
    expect(first.name).toBe(sheet);
    expect((first.getCell("D2").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeDefined();
    // exceljs drops links inside the workbook when it reads: the link is read from the report's XML.
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const reportPart = `xl/worksheets/sheet${report.id}.xml`;
    expect(await zip.file(reportPart)!.async("string")).toContain(`location="&apos;${sheet}&apos;!D2"`);
  });

  it("seating from a .csv with a name Excel refuses as a sheet name writes the chart and the list", async () => {
    const csv = join(dir, "History.csv");
    writeFileSync(csv, ROSTER);
    const out = join(dir, "座次图.xlsx");
    const { code, stderr } = await runCli(["seating", csv, "-o", out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect((await sheetsOf(out)).map((s) => s.name)).toEqual(["座次图", "History_"]);
  });
});
