/**
 * A document's paragraphs as they were written, whatever road the text took to the tool: copied out of a PDF
 * (each printed line a paragraph of its own), pasted from a web page (its menus, 发布时间 and 打印本页 around it),
 * with empty paragraphs between the real ones, or indented with spaces. The readers see the written paragraphs; every place they
 * report is put back into the lines the user has.
 */
export interface WrittenParagraphs {
  /** The paragraphs as written: a PDF's lines joined again, page furniture and empty lines left out. */
  paragraphs: string[];
  /** Where a range of written paragraph `paragraph` is in the user's lines; `whole` is false where it had to be cut at a line's end. */
  span(
    paragraph: number,
    start: number,
    end: number,
  ): { paragraph: number; start: number; end: number; whole: boolean };
  /** The user's line a written paragraph starts on. */
  firstLine(paragraph: number): number;
  /** The user's line a written paragraph ends on. */
  lastLine(paragraph: number): number;
}

interface Piece {
  line: number;
  /** Where the line's words start in the written paragraph. */
  from: number;
  /** The line's indent, left out: where its words start in the line. */
  skip: number;
  length: number;
}

/** A line's words without the indent or the spaces after them, and where they start. */
function wordsOf(line: string): { skip: number; length: number } {
  const skip = line.length - line.trimStart().length;
  return { skip, length: line.trim().length };
}

/**
 * Lines a web page puts around a document: the breadcrumb, the publishing data, the font-size and print
 * links, the QR-code line. Only a whole line of such furniture is left out, never a line with other words.
 */
const BREADCRUMB =
  /^\s*(首页|主页|网站首页|当前位置|您当前的位置|您的位置|你的位置|您现在的位置|当前位置是)\s*[:：>＞›»]/;
const PAGE_DATA_LABEL =
  /(发布时间|发布日期|更新时间|来源|信息来源|浏览次数|浏览量|点击数|点击量|阅读次数|阅读量|访问次数|作者|责任编辑|编辑|字号|字体)\s*[:：]/g;
/** The words of a page's link bar, each alone between brackets or spaces: 【打印本页】 【关闭窗口】, 字体：大 中 小. */
const PAGE_LINK_WORD =
  /^(?:打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏|分享到|分享|扫一扫|扫一扫在手机(?:上)?(?:打开|浏览|查看)(?:当前页|本页)?|返回顶部|返回|字[体号][:：]?[大中小]?|[大中小]|上一篇|下一篇)$/;
/** Furniture is a short line: a long one is the document's, and is never tried word by word. */
const FURNITURE_MAX = 80;

export function isPageFurniture(line: string): boolean {
  if (line.length > FURNITURE_MAX) return false;
  if (BREADCRUMB.test(line) && /[>＞›»]/.test(line)) return true;
  const words = line.split(/[\s【】[\]|｜丨/·]+/).filter(Boolean);
  if (words.length > 0 && words.every((w) => PAGE_LINK_WORD.test(w))) return true;
  const labels = line.match(PAGE_DATA_LABEL);
  if (!labels) return false;
  // One label alone (来源：…) may be the document's own words; a line that begins with one and holds two, or
  // a 发布时间 line with nothing but the time, is the page's.
  if (labels.length >= 2 && PAGE_DATA_START.test(line)) return true;
  return /^\s*(发布时间|发布日期|更新时间|浏览次数|点击数|阅读次数)\s*[:：]\s*[\d\s\-/:：年月日.]*$/.test(line);
}

const PAGE_DATA_START =
  /^\s*[【[]?\s*(发布时间|发布日期|更新时间|来源|信息来源|浏览次数|点击数|阅读次数|访问次数|作者|责任编辑|编辑|字号|字体)\s*[:：]/;

/** How wide a line prints, in character widths: ASCII and half-width forms take half. */
function printedWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += ch.codePointAt(0)! < 0x2e80 || (ch >= "\uff61" && ch <= "\uff9f") ? 0.5 : 1;
  return width;
}

/**
 * A line that begins something of its own: a heading ordinal, a label, 附件, a date or a 版记 line (not the tail of a
 * sentence that introduces what was said: `…院长李俊甲在会议` / `上提出要求：`).
 */
const STARTS_ITS_OWN =
  /^(\s|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[条章节部分项]|(?![\u4e00-\u9fa5]{0,5}(?:如下|要求|指出|强调|表示|认为))[\u4e00-\u9fa5]{2,7}\s*[:：]|附件|抄送|主送|印发|[（(]?联系|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|[一二三四五六七八九〇○零]{4}年)/;

/**
 * The width a PDF's text was broken at, when the lines show one: many lines of nearly the same width
 * (GB/T 9704's 版心 holds 28 characters), the first lines of paragraphs two characters short of it.
 */
function printedLineWidth(lines: string[]): number | null {
  const widths = lines.map((l) => Math.round(printedWidth(l.trim()))).filter((w) => w >= 15 && w <= 45);
  if (widths.length < 4) return null;
  const count = new Map<number, number>();
  for (const w of widths) count.set(w, (count.get(w) ?? 0) + 1);
  let best: number | null = null;
  let bestFull = 0;
  for (let w = 15; w <= 45; w++) {
    // A full line is the width, or one short of it where a mark was pushed to the next line, or one over it
    // where a mark hangs in the margin.
    const full = (count.get(w - 1) ?? 0) + (count.get(w) ?? 0) + (count.get(w + 1) ?? 0);
    if (full >= bestFull && full > 0) [best, bestFull] = [w, full];
  }
  const content = lines.filter((l) => l.trim()).length;
  if (best === null || bestFull < 4 || bestFull < content * 0.15) return null;
  // Paragraphs longer than a printed line everywhere else mean the lines are the writer's own.
  const longer = lines.filter((l) => printedWidth(l.trim()) > best + 2).length;
  return longer > content * 0.1 ? null : best;
}

/** A title stands on its own lines: what follows its last word is the 主送 or the body. */
const TITLE_LINE = /(的通知|的紧急通知|的补充通知|的预通知|会议纪要|的纪要|的函)$/;
/**
 * The text's first line, without a mark of any kind (`东营坊召开林长制暨2020年秋冬季森林防灭火工作会议`): a title, set
 * apart from the body however near the margin it reaches.
 */
function titleAlone(line: string): boolean {
  return !/[，。、；：,;:！？!?（）()“”]/.test(line);
}
/** A sentence's end: where a paragraph may stop. */
const SENTENCE_END = /[。！？；：:;!?]\s*$/;
/** Words a paragraph opens with, after a full line that ended a sentence. */
const OPENS_PARAGRAPH = /^(会议|会上|会后|会议期间|经研究|根据|现将|请|特此|此次|本次|这次|针对|关于)/;

/**
 * Whether a printed line runs on into the next: it is full (a paragraph's first line is indented two
 * characters, and any line may end up to one short where the next character did not fit), it does not end a
 * sentence short of the margin, and the next line does not begin something of its own.
 */
function runsOn(line: string, first: boolean, next: string, width: number): boolean {
  const used = printedWidth(line.trim());
  const indent = first ? 2 : 0;
  if (used < width - indent - 1.5 || STARTS_ITS_OWN.test(next)) return false;
  if (TITLE_LINE.test(line.trim())) return false;
  if (!SENTENCE_END.test(line)) return true;
  // After a sentence's end, a short line with no marks is a 署名, a heading or a date, not a paragraph's tail.
  const nextUsed = printedWidth(next.trim());
  if (nextUsed < width - 3 && !/[，。、；：,.;:！？]/.test(next)) return false;
  // A line two characters short of the width that runs on is a paragraph's indented first line: a line inside a
  // paragraph falls short by less than one character.
  const shorter = Math.max(used, width) - nextUsed;
  if (shorter >= 1.5 && shorter <= 2.5 && !SENTENCE_END.test(next)) return false;
  return used >= width - indent - 0.5 && !OPENS_PARAGRAPH.test(next.trim());
}

/**
 * `keepFurniture`: where every word must stay (一键排版 sets the text anew and drops nothing), a web page's lines
 * stay in as paragraphs; only a PDF's printed lines are joined and empty lines left out.
 */
export function writtenParagraphs(lines: readonly string[], { keepFurniture = false } = {}): WrittenParagraphs {
  const kept = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== "" && (keepFurniture || !isPageFurniture(line)));
  if (kept.length === 0) return identity(lines);
  const width = printedLineWidth(kept.map((k) => k.line));
  const groups: Piece[][] = [];
  let previous: { i: number; line: string } | null = null;
  for (const k of kept) {
    const continues =
      width !== null &&
      previous !== null &&
      k.i === previous.i + 1 &&
      !(groups.length === 1 && groups[0].length === 1 && titleAlone(previous.line)) &&
      runsOn(previous.line, groups[groups.length - 1].length === 1, k.line, width);
    if (continues) {
      const group = groups[groups.length - 1];
      const last = group[group.length - 1];
      group.push({ line: k.i, from: last.from + last.length, ...wordsOf(k.line) });
    } else groups.push([{ line: k.i, from: 0, ...wordsOf(k.line) }]);
    previous = k;
  }
  const trimmed = kept.some((k) => k.line.trim().length !== k.line.length);
  if (groups.length === lines.length && !trimmed) return identity(lines);
  const paragraphs = groups.map((g) => g.map((p) => lines[p.line].slice(p.skip, p.skip + p.length)).join(""));
  // Before the first paragraph or past the last one (where a missing element belongs), counted from the ends.
  const lineOf = (paragraph: number, within: (group: Piece[]) => number) =>
    paragraph < 0
      ? paragraph
      : paragraph < groups.length
        ? within(groups[paragraph])
        : lines.length - groups.length + paragraph;
  return {
    paragraphs,
    span(paragraph, start, end) {
      const pieces = groups[paragraph];
      // A range that starts at a line's end starts on the next line.
      const piece = pieces.find((p) => start < p.from + p.length) ?? pieces[pieces.length - 1];
      const lineEnd = piece.from + piece.length;
      return {
        paragraph: piece.line,
        start: start - piece.from + piece.skip,
        end: Math.min(end, lineEnd) - piece.from + piece.skip,
        whole: end <= lineEnd,
      };
    },
    firstLine: (paragraph) => lineOf(paragraph, (g) => g[0].line),
    lastLine: (paragraph) => lineOf(paragraph, (g) => g[g.length - 1].line),
  };
}

function identity(lines: readonly string[]): WrittenParagraphs {
  return {
    paragraphs: [...lines],
    span: (paragraph, start, end) => ({ paragraph, start, end, whole: true }),
    firstLine: (paragraph) => paragraph,
    lastLine: (paragraph) => paragraph,
  };
}
