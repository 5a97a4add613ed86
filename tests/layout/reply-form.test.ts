import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { noticeDocx } from "../../src/core/render";
import { issuersOf } from "../../src/core/meeting/notice-text";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { canPrint, printDocx } from "./measure";
import { GBT, measureLayout } from "./positions";

/** The font each printed piece of text is set in, page by page (poppler's pdftohtml names the embedded font). */
function printedFonts(pdf: Uint8Array): { text: string; family: string }[][] {
  const dir = mkdtempSync(join(tmpdir(), "fonts-"));
  try {
    writeFileSync(join(dir, "doc.pdf"), pdf);
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", join(dir, "doc.pdf")]).toString();
    const families = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]* family="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    return [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
      [...page[1].matchAll(/<text [^>]*font="(\d+)">([^<]*)<\/text>/g)].map((m) => ({
        text: m[2].replace(/\s/g, ""),
        family: families.get(m[1]) ?? "",
      })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const describeIfPrinter = canPrint() || process.env.CI ? describe : describe.skip;

describeIfPrinter("a notice's 回执 as printed (GB/T 9704 8)", () => {
  it("starts a page of its own, 附件 at the 版心's top-left in 黑体, its title centred on the third line", async () => {
    const notice = { ...SAMPLE_NOTICE, withReplyForm: true };
    const { pages, pdf } = printDocx(await zipDocx(noticeDocx(notice)), "notice");

    // The notice itself is laid out as before: every GB/T 9704 position holds, the 版记 at the last page's foot.
    const { checks } = measureLayout(pages, "notice", issuersOf(notice.issuer));
    expect(checks.filter((c) => !c.ok).map((c) => `${c.what}：应为 ${c.expected}，量得 ${c.measured}`)).toEqual([]);

    const datePage = pages.findIndex((p) => p.lines.some((l) => l.text === "2026年11月25日"));
    const formPage = pages.findIndex((p) => p.lines[0]?.text === "附件");
    expect(datePage).toBeGreaterThanOrEqual(0);
    expect(formPage).toBeGreaterThan(datePage);
    const [label, title] = pages[formPage].lines;

    // Top-left: the first line of the 版心 (where page 2's text begins) and flush with its left edge.
    const firstLineTop = pages[1].lines[0].top;
    expect(Math.abs(label.top - firstLineTop)).toBeLessThanOrEqual(GBT.tolerance);
    expect(Math.abs(label.left - GBT.bodyLeft)).toBeLessThanOrEqual(GBT.tolerance);
    // 黑体 (scripts/fonts.conf prints it in Noto Sans CJK), while the text around it is not.
    const fonts = printedFonts(pdf)[formPage];
    expect(fonts.find((f) => f.text === "附件")?.family).toMatch(/Sans/);
    expect(fonts.find((f) => f.text === "单位（盖章）：")?.family).not.toMatch(/Sans/);

    // The title, the same as the 附件说明 names it, centred on the 版心 two lines below 附件.
    expect(title.text).toBe("参会回执");
    expect(pages.flatMap((p) => p.lines).some((l) => l.text === "附件：参会回执")).toBe(true);
    const middle = (title.left + title.right) / 2;
    expect(Math.abs(middle - (GBT.bodyLeft + GBT.bodyWidth / 2))).toBeLessThanOrEqual(GBT.tolerance);
    const lines = (title.top + title.bottom) / 2 - (label.top + label.bottom) / 2;
    expect(Math.abs(lines - 2 * GBT.line)).toBeLessThanOrEqual(GBT.tolerance);

    // The table's header on the same page, and the 版记 after the 回执 (it stands before the 版记).
    const texts = pages[formPage].lines.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(["单位", "姓名", "职务", "联系电话", "备注"]));
    expect(formPage).toBe(pages.length - 1);
    expect(texts.some((t) => t.startsWith("抄送："))).toBe(true);
  }, 180_000);
});
