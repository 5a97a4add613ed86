import type { CorpusText } from "./score";

/**
 * The same text as it reaches the tool by another road: copied out of a PDF (lines broken where the printed
 * line ended), pasted from a web page (its menus and "发布时间" around it), typed with half-width marks, laid
 * out with blank lines or indents. The annotated faults do not change, so the findings should not either:
 * a drop in the figures under a variant is a reading that depends on how the text was carried, not on what
 * it says. `origin[i]` is the original paragraph new paragraph `i` came from (-1: none).
 */
export interface Variant {
  name: string;
  describe: string;
  /** `cut`: the text stops where the store's copy stopped, so nothing of the page can follow it. */
  apply(paragraphs: string[], cut: boolean): { paragraphs: string[]; origin: number[] };
}

/** GB/T 9704's 版心 holds 28 characters a line: what a PDF of a 公文 gives when its text is copied. */
const PRINTED_LINE = 28;

function eachParagraph(paragraphs: string[], into: (p: string) => string[]) {
  const out: string[] = [];
  const origin: number[] = [];
  paragraphs.forEach((p, i) => {
    for (const line of into(p)) {
      out.push(line);
      origin.push(i);
    }
  });
  return { paragraphs: out, origin };
}

/** How wide a character prints: ASCII and half-width forms take half a character's width. */
const widthOf = (ch: string) => (ch.codePointAt(0)! < 0x2e80 || (ch >= "\uff61" && ch <= "\uff9f") ? 0.5 : 1);

/** A paragraph as a PDF prints it: the first line indented two characters, every line filled to the 版心. */
export function printedLines(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  let room = PRINTED_LINE - 2;
  for (const ch of text) {
    if (widthOf(ch) > room) {
      lines.push(line);
      line = "";
      room = PRINTED_LINE;
    }
    line += ch;
    room -= widthOf(ch);
  }
  return [...lines, line];
}

const pdfLines: Variant = {
  name: "pdf-lines",
  describe: "从 PDF 复制：每段按版心 28 字宽断成几行（首行缩进两字）",
  apply: (paragraphs) => eachParagraph(paragraphs, (p) => (p.trim() ? printedLines(p.trim()) : [p])),
};

const WEB_HEAD = [
  "首页 > 政务公开 > 通知公告",
  "发布时间：2024-03-18 09:12:05\u3000来源：办公室\u3000浏览次数：1036",
  "【字体：大 中 小】",
];
const WEB_FOOT = ["【打印本页】\u3000【关闭窗口】", "扫一扫在手机打开当前页"];

const webPage: Variant = {
  name: "web-page",
  describe: "从网页复制：前后带栏目、发布时间、浏览次数和“打印本页”",
  apply: (paragraphs, cut) => {
    const foot = cut ? [] : WEB_FOOT;
    return {
      paragraphs: [...WEB_HEAD, ...paragraphs, ...foot],
      origin: [...WEB_HEAD.map(() => -1), ...paragraphs.map((_, i) => i), ...foot.map(() => -1)],
    };
  },
};

const blankLines: Variant = {
  name: "blank-lines",
  describe: "段与段之间空一行（邮件、网页常见）",
  apply: (paragraphs) => {
    const out: string[] = [];
    const origin: number[] = [];
    paragraphs.forEach((p, i) => {
      if (i > 0) {
        out.push("");
        origin.push(-1);
      }
      out.push(p);
      origin.push(i);
    });
    return { paragraphs: out, origin };
  },
};

const indented: Variant = {
  name: "indented",
  describe: "每段前两个全角空格、段尾空格（Word 转成的文字）",
  apply: (paragraphs) => eachParagraph(paragraphs, (p) => [p.trim() ? `\u3000\u3000${p} ` : p]),
};

const HALF_WIDTH: Record<string, string> = { "：": ":", "，": ",", "；": ";", "（": "(", "）": ")" };

const halfWidthMarks: Variant = {
  name: "half-width",
  describe: "冒号、逗号、分号、括号打成半角",
  apply: (paragraphs) => eachParagraph(paragraphs, (p) => [p.replace(/[：，；（）]/g, (m) => HALF_WIDTH[m])]),
};

export const VARIANTS: readonly Variant[] = [pdfLines, webPage, blankLines, indented, halfWidthMarks];

/** The text as the variant carries it, with its annotation's paragraphs where the variant put them. */
export function carried(text: CorpusText, variant: Variant): { text: CorpusText; origin: number[] } {
  const cut = text.annotation.findings.some((f) => f.ruleId === "document/incomplete");
  const { paragraphs, origin } = variant.apply(text.paragraphs, cut);
  return { text: { ...text, paragraphs }, origin };
}
