import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxParts } from "../../src/core/render";
import { paragraph, run } from "../../src/core/render/paragraph";
import { formatParagraphs, formattedDocx } from "../../src/core/format";
import { textParagraphs } from "../../src/hosts/files/read-docx";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { canPrint, printDocx } from "./measure";
import { measureFormatted } from "./positions";

/** Published notices and minutes of the corpus, laid out by `huiwu format` and printed by LibreOffice. */
export const FORMATTED_DOCUMENTS = [
  "notice-a11",
  "notice-b18",
  "notice-c01",
  "notice-a20",
  "minutes-b01",
  "minutes-d01",
];

/** The document docs/layout.md shows before and after. */
const BEFORE_AFTER = "notice-a11";

/** The text as a secretary pastes it into a blank document: one paragraph a line, no layout. */
function asPasted(text: string): Record<string, string> {
  const body = textParagraphs(text)
    .map((line) => paragraph(run(line, { font: "宋体", size: 24 }), { line: 360, align: "left" }))
    .join("");
  const margins = { top: 1440, right: 1800, bottom: 1440, left: 1800 };
  return docxParts(body, "粘贴的原文", { width: 11906, height: 16838, landscape: false, margins, pageNumbers: false });
}

function pictures(pdf: Uint8Array, name: string): void {
  const dir = mkdtempSync(join(tmpdir(), "format-png-"));
  writeFileSync(join(dir, "doc.pdf"), pdf);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "40",
    "-f",
    "1",
    "-l",
    "2",
    join(dir, "doc.pdf"),
    join("docs", "images", name),
  ]);
}

const describeIfPrinter = canPrint() || process.env.CI ? describe : describe.skip;

describeIfPrinter("huiwu format as printed", () => {
  it.each(FORMATTED_DOCUMENTS)(
    "%s",
    async (name) => {
      const text = readFileSync(join(__dirname, "../corpus/documents", `${name}.txt`), "utf8");
      const formatted = formatParagraphs(textParagraphs(text));
      const { pages } = printDocx(await zipDocx(formattedDocx(formatted)), name);
      const title = formatted.blocks.find((b) => b.kind === "title")?.text;
      const { checks } = measureFormatted(pages, title);
      if (process.env.SHOW) console.log(name, checks.map((c) => `${c.what} ${c.expected} ${c.measured}`).join("\n"));
      if (process.env.UPDATE_DOCS && name === BEFORE_AFTER) {
        pictures(printDocx(await zipDocx(asPasted(text)), "before").pdf, "format-before");
        pictures(printDocx(await zipDocx(formattedDocx(formatted)), name).pdf, "format-after");
      }
      expect(checks.filter((c) => !c.ok).map((c) => `${c.what}：应为 ${c.expected}，量得 ${c.measured}`)).toEqual([]);
      expect(checks.length).toBeGreaterThanOrEqual(2);
    },
    180_000,
  );
});
