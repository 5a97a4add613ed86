import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { formatParagraphs, formattedDocx } from "../../src/core/format";
import { paragraphsOfDocumentXml } from "../../src/hosts/files/read-docx";
import { textParagraphs } from "../../src/hosts/files/read-docx";
import { printedLines } from "../corpus/variants";

const CORPUS = join(__dirname, "../corpus/documents");
/** Whitespace of any kind (a title's line break, the 版记's tab) is layout, not words. */
const words = (paragraphs: string[]) => paragraphs.join("").replace(/[\s\u3000]+/g, "");

async function roundTrip(paragraphs: string[]): Promise<{ out: string[]; kinds: string[] }> {
  const formatted = formatParagraphs(paragraphs);
  const xml = formattedDocx(formatted)["word/document.xml"];
  return { out: await paragraphsOfDocumentXml(xml), kinds: formatted.blocks.map((b) => b.kind) };
}

describe("huiwu format keeps every word", () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"));

  it.each(files)("%s", async (file) => {
    const input = textParagraphs(readFileSync(join(CORPUS, file), "utf8"));
    const { out } = await roundTrip(input);
    expect(words(out)).toBe(words(input));
  });

  it("on random documents: heads, levels, closings, 版记 lines and noise in any order", async () => {
    const line = fc.oneof(
      fc.constantFrom(
        "XX县人民政府办公室文件",
        "X政办发〔2026〕12号",
        "关于召开全县安全生产工作会议的通知",
        "各乡镇人民政府，县直各单位：",
        "一、会议时间",
        "（二）请准时参加。",
        "1.各单位要高度重视。",
        "（3）报送材料。",
        "附件：1.参会回执",
        "2.会议议程",
        "XX县人民政府办公室",
        "2026年11月25日",
        "（此件公开发布）",
        "抄送：县委办公室。",
        "XX县人民政府办公室      2026年11月25日印发",
        "附件1",
        "出席：王建国、李明",
        "县政府常务会议纪要",
        "第12期",
        "",
        "   ",
      ),
      fc.string({
        unit: fc.constantFrom(..."会议通知，。、：；（）()“”《》一二三1.2、\t 　abcXY<>&\"'"),
        maxLength: 40,
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (input) => {
        const { out } = await roundTrip(input);
        expect(words(out)).toBe(words(input));
      }),
      { numRuns: 150 },
    );
  });
});

describe("huiwu format on a notice copied out of a PDF", () => {
  it("sets it in the paragraphs it was written in, not one paragraph a printed line", () => {
    const written = readFileSync(join(CORPUS, "notice-a16.txt"), "utf8").trim().split("\n");
    const printed = written.flatMap((p) => printedLines(p));
    expect(printed.length).toBeGreaterThan(written.length + 5);
    const blocks = (paragraphs: string[]) => formatParagraphs(paragraphs).blocks.map((b) => [b.kind, b.text]);
    expect(blocks(printed)).toEqual(blocks(written));
  });
});
