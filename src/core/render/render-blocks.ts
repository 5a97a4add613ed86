import type { Block } from "../meeting/notice-text";
import { CHAR, FONT, PAGE, RED, SIZE } from "./gbt9704";
import { blankLine, paragraph, run, textWidth } from "./paragraph";
import { titleLines } from "./title-lines";

const RED_RULE = { size: 12, color: RED };
const HEADING_PREFIX = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/;

/**
 * 发文机关标志 as large as fits the 版心 width, at most 初号-ish 36 pt. A tenth is left spare: where 小标宋 is
 * not installed, the substitute font's Latin letters (the XX of XX县) are wider than half a character, and a
 * mark filled to the edge wraps its last character onto a line of its own.
 */
function issuerMarkSize(text: string): number {
  const fit = Math.floor((PAGE.textWidth / 20 / Math.max(1, textWidth(text))) * 2 * 0.9);
  return Math.max(SIZE.二号, Math.min(72, fit));
}

/**
 * Lays out the lines of a notice or minutes in GB/T 9704 form: every paragraph and run carries its own
 * fonts, sizes, colours, indents and the fixed 28.95 pt line, so the result looks the same in any document.
 */
export function renderBlocks(blocks: Block[], kind: "notice" | "minutes"): string {
  const out: string[] = [];
  const body = (text: string) => paragraph(run(text), { firstLineChars: 2 });
  const dateBlock = blocks.find((b) => b.kind === "date" && kind === "notice");
  const dateWidth = dateBlock ? textWidth(dateBlock.text) : 0;
  let previous: Block["kind"] | null = null;
  let attachmentSeen = false;
  const imprint: string[] = [];

  for (const block of blocks) {
    const { kind: k, text } = block;
    switch (k) {
      case "copyNumber":
      case "secrecy":
      case "urgency":
        out.push(paragraph(run(text, { font: FONT.heiti }), { align: "left" }));
        break;
      case "issuerMark":
        if (kind === "minutes") {
          out.push(blankLine());
          out.push(
            paragraph(run(text, { font: FONT.xiaobiaosong, size: issuerMarkSize(text), color: RED }), {
              align: "center",
              line: 1200,
            }),
          );
        } else {
          out.push(
            paragraph(run(text, { font: FONT.xiaobiaosong, size: issuerMarkSize(text), color: RED }), {
              align: "center",
              line: 1200,
            }),
          );
          out.push(blankLine(), blankLine());
        }
        break;
      case "docNumber":
        out.push(paragraph(run(text), { align: "center", borderBottom: kind === "notice" ? RED_RULE : undefined }));
        if (kind === "notice") out.push(blankLine());
        break;
      case "title": {
        const lines = titleLines(text);
        const runs = lines.map((line, i) => run(line, { font: FONT.xiaobiaosong, size: SIZE.二号 }, i > 0)).join("");
        out.push(paragraph(runs, { align: "center", line: 700 }), blankLine());
        break;
      }
      case "recipients":
        out.push(paragraph(run(text), { align: "left" }));
        break;
      case "body":
        out.push(body(text));
        break;
      case "heading1":
      case "heading2": {
        const prefix = HEADING_PREFIX.exec(text)?.[0] ?? "";
        const rest = text.slice(prefix.length);
        const headingFont = k === "heading1" ? FONT.heiti : FONT.kaiti;
        // A heading alone (一、会议时间) is all 黑体/楷体; a numbered sentence keeps its words in 仿宋.
        const alone = rest.length <= 12 && !/[，。；]/.test(rest);
        const runs = alone ? run(text, { font: headingFont }) : run(prefix, { font: headingFont }) + run(rest);
        out.push(paragraph(runs, { firstLineChars: 2 }));
        break;
      }
      case "attachment":
        if (!attachmentSeen) out.push(blankLine());
        attachmentSeen = true;
        out.push(
          text.startsWith("附件")
            ? paragraph(run(text), { leftChars: 5, hangingChars: 3 })
            : paragraph(run(text), { leftChars: 5 }),
        );
        break;
      case "signature": {
        out.push(blankLine(), blankLine());
        // 署名 centred over the 成文日期, which stands 4 characters from the right edge.
        const shift = Math.max(0, ((dateWidth - textWidth(text)) / 2) * CHAR);
        out.push(paragraph(run(text), { align: "right", rightChars: 4, rightTwips: Math.round(shift) }));
        break;
      }
      case "date":
        if (kind === "minutes") out.push(paragraph(run(text), { align: "center" }), blankLine());
        else out.push(paragraph(run(text), { align: "right", rightChars: 4 }));
        break;
      case "note":
        out.push(blankLine(), body(text));
        break;
      case "attendance": {
        const label = block.label ?? "";
        if (previous !== "attendance") out.push(blankLine());
        const width = textWidth(label);
        // Labels in 黑体; wrapped names align after the colon.
        out.push(
          paragraph(run(label, { font: FONT.heiti }) + run(text.slice(label.length)), {
            leftChars: 2 + width,
            hangingChars: width,
            align: "left",
          }),
        );
        break;
      }
      case "distribution": {
        out.push(blankLine());
        const label = /^[^：]+：/.exec(text)?.[0] ?? "";
        out.push(
          paragraph(run(label, { font: FONT.heiti }) + run(text.slice(label.length)), {
            leftChars: 2 + textWidth(label),
            hangingChars: textWidth(label),
            align: "left",
          }),
        );
        break;
      }
      case "copyTo":
      case "printed":
        imprint.push(text);
        break;
    }
    previous = k;
  }
  // A table may not end a document body: a one-twip paragraph follows the floated 版记.
  if (imprint.length) out.push(imprintTable(imprint), paragraph(run(""), { line: 20 }));
  return out.join("");
}

/**
 * 版记 (抄送, 印发机关和印发日期) in 4号仿宋 at the foot of the last page: a table floated to the bottom of
 * the 版心, a thick rule above and below it and a thin one between its lines (GB/T 9704 7.4).
 */
function imprintTable(lines: string[]): string {
  const thick = 'w:val="single" w:sz="8" w:space="0" w:color="000000"';
  const thin = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
  const rows = lines.map((line) => {
    const [left, right] = line.split(/\s{3,}/);
    const runs = right
      ? run(left, { size: SIZE.四号 }) + run("\t" + right, { size: SIZE.四号 })
      : run(line, { size: SIZE.四号 });
    return `<w:tr><w:tc><w:tcPr><w:tcW w:w="${PAGE.textWidth}" w:type="dxa"/></w:tcPr>${paragraph(runs, { leftChars: 1, rightChars: 1, line: 500, align: "left", tabRight: PAGE.textWidth - CHAR })}</w:tc></w:tr>`;
  });
  return (
    `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" w:vertAnchor="margin" w:horzAnchor="margin" w:tblpX="0" w:tblpY="${PAGE.textHeight - lines.length * 500 - 60}"/>` +
    `<w:tblW w:w="${PAGE.textWidth}" w:type="dxa"/><w:tblBorders><w:top ${thick}/><w:bottom ${thick}/><w:insideH ${thin}/></w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${PAGE.textWidth}"/></w:tblGrid>${rows.join("")}</w:tbl>`
  );
}
