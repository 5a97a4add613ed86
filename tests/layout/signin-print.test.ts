import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runCli, workdir, writeXlsx } from "../cli/cli-harness";
import { canPrint } from "./measure";

/** A4 in PDF points (210 × 297 mm). */
const A4 = { width: (210 * 72) / 25.4, height: (297 * 72) / 25.4 };
const HEADER = ["序号", "单位", "姓名", "职务", "签名", "签到时间"];
const UNITS = [
  "县应急管理局",
  "县财政局",
  "县公安局",
  "城关镇",
  "县交通运输局",
  "县教育局",
  "县卫生健康局",
  "县住建局",
];
const PEOPLE = 64;

/** The printed sheet's pages: each page's size in points and its text as pdftotext lays it out. */
function printXlsx(
  xlsx: string,
  dir: string,
): { pdf: string; pages: { width: number; height: number; text: string }[] } {
  // LibreOffice Calc prints it as an office would; its profile is kept in the test's own folder.
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, xlsx],
    { env: { ...process.env, HOME: dir }, stdio: "ignore", timeout: 120_000 },
  );
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  if (!existsSync(pdf)) throw new Error("LibreOffice printed no PDF: is Calc installed (libreoffice-calc-nogui)?");
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf]).toString();
  const pages = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[2]),
    height: Number(m[3]),
    text: execFileSync("pdftotext", ["-layout", "-f", m[1], "-l", m[1], pdf, "-"]).toString(),
  }));
  return { pdf, pages };
}

/** How far apart (mm) the printed rows of people are on page 1: the height a person has to sign in. */
function rowPitch(pdf: string): number {
  const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"]).toString();
  const tops = [...html.matchAll(/yMin="([\d.]+)"[^>]*>参会人\d\d</g)].map((m) => Number(m[1])).sort((a, b) => a - b);
  const gaps = tops.slice(1).map((top, i) => top - tops[i]);
  return (Math.min(...gaps) * 25.4) / 72;
}

/** Words of a printed line, the spaces pdftotext lays between columns dropped. */
const words = (line: string) => line.trim().split(/\s+/);

const describeIfPrinter = canPrint() || process.env.CI ? describe : describe.skip;

describeIfPrinter("huiwu signin-sheet as printed by LibreOffice", () => {
  const dir = workdir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`prints a ${PEOPLE}-person 签到表 on A4 pages, each page headed by 序号/单位/姓名/职务/签名/签到时间`, async () => {
    const people = Array.from({ length: PEOPLE }, (_, i) => [
      i + 1,
      UNITS[i % UNITS.length],
      `参会人${String(i + 1).padStart(2, "0")}`,
      "科长",
    ]);
    const list = await writeXlsx(dir, "参会名单.xlsx", [
      {
        sheet: "参会名单",
        rows: [
          ["全县安全生产工作会议参会名单", null, null, null],
          ["会议时间：2026年12月3日 09:00    地点：县政府三楼第一会议室", null, null, null],
          ["序号", "单位", "姓名", "职务"],
          ...people,
        ],
      },
    ]);
    const sheet = join(dir, "signin.xlsx");
    expect((await runCli(["signin-sheet", list, "-o", sheet])).code).toBe(0);

    const { pdf, pages } = printXlsx(sheet, dir);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(Math.abs(page.width - A4.width)).toBeLessThan(1);
      expect(Math.abs(page.height - A4.height)).toBeLessThan(1);
    }
    // The title once, on page 1; the header row the first line with text on every page after it.
    expect(pages[0].text).toContain("全县安全生产工作会议签到表");
    pages.forEach((page, i) => {
      const lines = page.text.split("\n").filter((l) => l.trim() !== "");
      const header = lines.findIndex((l) => words(l).join("") === HEADER.join(""));
      if (i === 0) expect(header).toBeGreaterThan(0);
      else
        expect({ page: i + 1, header, title: page.text.includes("签到表") }).toEqual({
          page: i + 1,
          header: 0,
          title: false,
        });
    });
    // Every person printed exactly once: no row lost or doubled at a page break.
    const printed = pages.flatMap((p) => [...p.text.matchAll(/参会人(\d\d)/g)].map((m) => Number(m[1])));
    expect(new Set(printed).size).toBe(PEOPLE);
    expect(printed).toHaveLength(PEOPLE);
    // The sheet fits the page's width at full size: the 30-point rows print 10.6 mm tall, room to sign by hand.
    expect(rowPitch(pdf)).toBeGreaterThanOrEqual(10);
  }, 180_000);
});
