import type { LayoutBlock } from "./layout-block";
import { BODY_CHAR_SPACING, CHAR, FONT, LINE_PITCH, MARK_TOP, PAGE, RED, SIZE, twips } from "./gbt9704";
import { blankLine, paragraph, run, textWidth } from "./paragraph";
import { lastPageUsed, setParagraph } from "./page-fill";
import { titleLines } from "./title-lines";
import { letterHeadLines, letterMark, letterhead } from "./letter";
import { replyFormXml } from "./reply-form-table";

export interface RenderOptions {
  /** 信函格式 (GB/T 9704 10.1): the 标志 and its rules stand apart (the page header), the 发文字号 at the right. */
  letter?: boolean;
  /** A letter inserted into an open document carries its 标志 and upper rule at the top of its text. */
  letterheadInBody?: boolean;
  /** How far below the 版心's top the first page's text begins (a letter's header reaches into it), in twips. */
  firstPageOffset?: number;
}

const LETTER_HEAD = new Set<LayoutBlock["kind"]>(["copyNumber", "secrecy", "urgency", "docNumber", "issuerMark"]);

/**
 * The red 分隔线 4 mm under the 发文字号 (7.2.7): the bottom border of an empty paragraph just that high under the
 * number's line (its text ends about 1.5 mm above the line's foot). A border's own spacing is not used: Word and
 * LibreOffice add it in different places.
 */
const RED_RULE = { size: 12, color: RED, space: 0 };
const RED_RULE_LINE = twips(3);
/** How far below its line's top the 标志's characters begin, in twips (measured on the printed page). */
const MARK_INK_OFFSET = 360;
/** The 标志's line: 60 pt, room for a 36 pt mark. */
const MARK_LINE = 1200;
/** A joint 标志's line is 1.25 of its size; its 36 pt characters begin this many twips below the line's top. */
const JOINT_INK_OFFSET = 125;
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
export function renderBlocks(
  allBlocks: LayoutBlock[],
  kind: "notice" | "minutes",
  options: RenderOptions = {},
): string {
  const out: string[] = [];
  const letter = kind === "notice" && !!options.letter;
  let blocks = allBlocks;
  if (letter) {
    const head = blocks.filter((b) => LETTER_HEAD.has(b.kind));
    const mark = head.find((b) => b.kind === "issuerMark");
    if (options.letterheadInBody && mark) out.push(letterhead(letterMark(mark)));
    const left = head.filter((b) => b.kind !== "docNumber" && b.kind !== "issuerMark").map((b) => b.text);
    out.push(...letterHeadLines(left, head.find((b) => b.kind === "docNumber")?.text));
    blocks = blocks.filter((b) => !LETTER_HEAD.has(b.kind));
  }
  const body = (text: string) => paragraph(run(text), { firstLineChars: 2 });
  const dateBlock = blocks.find((b) => b.kind === "date" && kind === "notice");
  const dateWidth = dateBlock ? textWidth(dateBlock.text) : 0;
  let previous: LayoutBlock["kind"] | null = null;
  let attachmentSeen = false;
  const imprint: string[] = [];

  let linesAbove = 0;
  for (const block of blocks) {
    const { kind: k, text } = block;
    switch (k) {
      case "copyNumber":
      case "secrecy":
      case "urgency":
        out.push(paragraph(run(text, { font: FONT.heiti }), { align: "left" }));
        linesAbove++;
        break;
      case "issuerMark": {
        // The mark's top edge 35 mm below the 版心 top, whatever stands above it (份号, 密级, 紧急程度).
        // Where 份号, 密级 and 紧急程度 fill the room above, the mark's own line is made shorter instead: the
        // mark sits in the middle of its line, so the line shrinks by twice what is missing.
        if (block.issuers) {
          out.push(...jointMark(block.issuers, MARK_TOP - linesAbove * LINE_PITCH));
          if (kind === "notice") out.push(blankLine(), blankLine());
          break;
        }
        const room = MARK_TOP - linesAbove * LINE_PITCH - MARK_INK_OFFSET;
        out.push(
          paragraph(run(text, { font: FONT.xiaobiaosong, size: issuerMarkSize(text), color: RED }), {
            align: "center",
            line: MARK_LINE + 2 * Math.min(0, room),
            before: Math.max(0, room),
          }),
        );
        if (kind === "notice") out.push(blankLine(), blankLine());
        break;
      }
      case "docNumber":
        out.push(paragraph(run(text), { align: "center" }));
        // The title two blank lines under the red rule (7.3.1).
        if (kind === "notice")
          out.push(paragraph(run(""), { line: RED_RULE_LINE, borderBottom: RED_RULE }), blankLine(), blankLine());
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
      case "heading3":
      case "heading4":
        // 1. and （1）: 仿宋 like the body (7.3.3).
        out.push(body(text));
        break;
      case "attachmentPage":
        // An attached document starts a page: 附件 and its number in 3号黑体, flush left on the first line (8).
        out.push(paragraph(run(text, { font: FONT.heiti }), { align: "left", pageBreakBefore: true }));
        break;
      case "replyForm":
        if (block.replyForm) out.push(...replyFormXml(block.replyForm));
        break;
      case "closingDate":
        if (previous !== "signature") out.push(blankLine(), blankLine());
        out.push(paragraph(run(text), { align: "right", rightChars: 4 }));
        break;
      case "attachment": {
        if (!attachmentSeen) out.push(blankLine());
        attachmentSeen = true;
        // A wrapped name lines up under its own first character, after 附件： and its number (7.3.4).
        const number = textWidth(/^(?:附件：)?(\d+\.)?/.exec(text)?.[1] ?? "");
        out.push(
          paragraph(run(text), {
            leftChars: 5 + number,
            hangingChars: (text.startsWith("附件") ? 3 : 0) + number,
          }),
        );
        break;
      }
      case "signature": {
        // A joint notice's 署名 stand one under another (7.3.5.1): two blank lines above the first only.
        if (previous !== "signature") out.push(blankLine(), blankLine());
        // 署名 centred over the 成文日期, which stands 4 characters from the right edge: a 署名 longer than the
        // date reaches further right than it (7.3.5.1).
        const shift = ((dateWidth - textWidth(text)) / 2) * (CHAR + BODY_CHAR_SPACING);
        out.push(paragraph(run(text), { align: "right", rightChars: 4, rightTwips: Math.round(shift) }));
        break;
      }
      case "date":
        if (kind === "minutes") out.push(paragraph(run(text), { align: "center" }), blankLine());
        else out.push(paragraph(run(text), { align: "right", rightChars: 4 }));
        break;
      case "note":
        // 附注 on the line under the 成文日期, two characters in (7.3.7).
        out.push(body(text));
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
        // A letter's 版记 has no 印发机关 and 印发日期 (10.1): a drafted one is left out, a written one kept.
        if (!(letter && k === "printed" && block.field === "printedBy")) imprint.push(text);
        break;
    }
    previous = k;
  }
  if (imprint.length) out.push(...imprintAtFoot(out, imprint, letter, options.firstPageOffset ?? 0));
  return out.join("");
}

/**
 * A joint notice's 标志 (联合行文, 7.2.4): the issuers one under another, each spread to the width of the longest,
 * with 文件 to their right, centred on them; the whole as wide as fits the 版心 and its top edge `top` twips down.
 * A borderless table holds the two columns: it stays where it stands in Word and LibreOffice alike.
 */
function jointMark(issuers: string[], top: number): string[] {
  const longest = Math.max(...issuers.map(textWidth));
  const size = issuerMarkSize("国".repeat(Math.ceil(longest + 1.5)) + "文件");
  const charTwips = size * 10;
  const line = Math.round(charTwips * 1.25);
  // How far below its line's top the mark's characters begin (measured on the printed page, as MARK_INK_OFFSET).
  const inkOffset = Math.round((JOINT_INK_OFFSET * size) / 72);
  // A character and a half spare: the Latin letters of XX县 are set wider than half a character in some fonts.
  const left = Math.round((Math.ceil(longest) + 1.5) * charTwips);
  const right = 2 * charTwips + charTwips / 2;
  const mark = (text: string, align: "distribute" | "left") =>
    paragraph(run(text, { font: FONT.xiaobiaosong, size, color: RED }), { align, line });
  const cell = (width: number, content: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
  const none =
    '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>';
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="${left + right}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${none}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${left}"/><w:gridCol w:w="${right}"/></w:tblGrid>` +
    `<w:tr>${cell(left, issuers.map((issuer) => mark(issuer, "distribute")).join(""))}${cell(right, paragraph(run("文件", { font: FONT.xiaobiaosong, size, color: RED }), { align: "left", line, indentTwips: { left: charTwips / 2, right: 0 } }))}</w:tr></w:tbl>`;
  const room = top - inkOffset;
  return room > 20 ? [paragraph(run(""), { line: room }), table] : [table];
}

/** One 版记 line in 4号: 14 pt, its lines 25 pt apart; the text keeps a character clear of each edge. */
const IMPRINT_LINE = 500;
const IMPRINT_CHAR = 280;
const IMPRINT_SPARE = twips(2);

/** How many printed lines a 版记 line takes: wrapped lines align after the colon (7.4.2). */
function imprintLineCount(line: string): number {
  const perLine = Math.floor((PAGE.textWidth - 2 * IMPRINT_CHAR) / IMPRINT_CHAR);
  const label = /^[^：]*：/.exec(line)?.[0] ?? "";
  const width = textWidth(line.replace(/\s{3,}/, "  "));
  if (width <= perLine) return 1;
  return 1 + Math.ceil((width - perLine) / (perLine - textWidth(label)));
}

/**
 * 版记 (抄送, 印发机关和印发日期) in 4号仿宋 at the foot of the last page (GB/T 9704 7.4), its last rule on the
 * 版心's bottom edge: blank lines and one spacer of exact height fill the page above it. The fill is counted
 * from how the text before it is set (page-fill.ts), so the 版记 stays in the text: a floating table or frame
 * is drawn where it stands by LibreOffice (and so by WPS). Where the last page has no room, it takes the foot
 * of the next. A thick rule above and below, a thin one between its lines; wrapped 抄送 lines align after the
 * colon (7.4.2).
 */
function imprintAtFoot(before: string[], lines: string[], letter: boolean, firstPageOffset: number): string[] {
  const height = lines.reduce((sum, line) => sum + imprintLineCount(line) * IMPRINT_LINE, 0);
  const used = lastPageUsed(before.map(setParagraph), firstPageOffset);
  // LibreOffice sets a page's lines up to 2 mm lower than their exact heights add up to: that much is left spare.
  let gap = PAGE.textHeight - used - height - IMPRINT_SPARE;
  if (gap < 0) gap += PAGE.textHeight;
  const fill: string[] = [];
  for (; gap >= LINE_PITCH; gap -= LINE_PITCH) fill.push(blankLine());
  if (gap >= 20) fill.push(paragraph(run(""), { line: gap }));
  return [...fill, imprintParagraphs(lines, letter)];
}

function imprintParagraphs(lines: string[], letter: boolean): string {
  // A letter's 版记 has no rules (10.1).
  const rule = (size: number) => (letter ? undefined : { size, color: "000000", space: 0 });
  return lines
    .map((line, i) => {
      const [left, right] = line.split(/\s{3,}/);
      const runs = right
        ? run(left, { size: SIZE.四号 }) + run("\t" + right, { size: SIZE.四号 })
        : run(line, { size: SIZE.四号 });
      const label = /^[^：]*：/.exec(line)?.[0] ?? "";
      const hanging = right ? 0 : Math.round(textWidth(label) * IMPRINT_CHAR);
      return paragraph(runs, {
        keepNext: true,
        keepLines: true,
        borderTop: i === 0 ? rule(8) : undefined,
        borderBottom: rule(i === lines.length - 1 ? 8 : 4),
        tabRight: right ? PAGE.textWidth - IMPRINT_CHAR : undefined,
        line: IMPRINT_LINE,
        align: "left",
        indentTwips: { left: IMPRINT_CHAR + hanging, right: IMPRINT_CHAR, hanging },
      });
    })
    .join("");
}
