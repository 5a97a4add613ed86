import type { PrintedPage, TextLine } from "./measure";

/** GB/T 9704-2012 positions in mm from the paper's top-left corner, with the clause each comes from. */
export const GBT = {
  bodyTop: 37,
  bodyBottom: 37 + 225,
  bodyLeft: 28,
  bodyWidth: 156,
  line: 225 / 22,
  markTop: 37 + 35,
  ruleUnderNumber: 4,
  pageNumberDash: 37 + 225 + 7,
  tolerance: 1.5,
} as const;

export interface Check {
  clause: string;
  what: string;
  expected: string;
  measured: string;
  ok: boolean;
}

const mm = (x: number) => `${x.toFixed(1)} mm`;
const near = (x: number, target: number) => Math.abs(x - target) <= GBT.tolerance;
/** Width in characters: CJK one, Latin letters and digits half. */
const units = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
const center = (line: TextLine) => (line.top + line.bottom) / 2;
const middle = (line: TextLine) => (line.left + line.right) / 2;
const PAGE_NUMBER = /^—\d+—$/;

type CheckFn = (clause: string, what: string, expected: string, measured: number | string, ok: boolean) => void;

/**
 * 信函格式 (GB/T 9704 10.1): the 标志's top 30 mm from the paper's top, a red double rule under it and one 20 mm
 * above the paper's bottom, each 170 mm long, the 发文字号 flush right under the upper one, no page number on the
 * first page, the 版记 at the foot of the last page.
 */
function measureLetter(pages: PrintedPage[], checks: Check[], check: CheckFn): { checks: Check[] } {
  const first = pages[0];
  const markTop = first.redInkTop ?? Number.NaN;
  check("10.1", "信函：发文机关标志上边缘（距纸张上边）", mm(30), markTop, near(markTop, 30));
  const rules = first.redRules;
  const upper = rules.filter((r) => r.y < 100);
  const lower = rules.filter((r) => r.y > 200);
  check("10.1", "信函：标志下红色双线（两条）", "2 条", `${upper.length} 条`, upper.length === 2);
  check("10.1", "信函：红色双线长", mm(170), upper[0]?.width ?? Number.NaN, near(upper[0]?.width ?? 0, 170));
  const footRule = lower.length ? (lower[0].y + lower[lower.length - 1].y) / 2 : Number.NaN;
  check("10.1", "信函：下红色双线距纸张下边", mm(20), 297 - footRule, near(297 - footRule, 20));
  const number = first.lines.find((l) => /函〔\d{4}〕\d+号$/.test(l.text));
  const right = number ? number.right : Number.NaN;
  check("10.1", "信函：发文字号居版心右边缘", mm(GBT.bodyLeft + GBT.bodyWidth), right, near(right, 184));
  const below = number && upper.length ? number.top + 0.8 - upper[upper.length - 1].y : Number.NaN;
  check("10.1", "信函：发文字号距红色双线（3号字高的7/8）", mm(4.9), below, near(below, 4.9));
  const firstNumber = first.lines.some((l) => PAGE_NUMBER.test(l.text));
  check("10.1", "信函：首页不显示页码", "无", firstNumber ? "有" : "无", !firstNumber);
  const last = pages[pages.length - 1];
  const copyTo = last.lines.filter((l) => /^抄送|印发$/.test(l.text)).at(-1);
  const foot = copyTo ? copyTo.bottom + (25 / 2.835 - (copyTo.bottom - copyTo.top)) / 2 : Number.NaN;
  check("10.1", "信函：版记在末页版心最下方", mm(GBT.bodyBottom), foot, near(foot, GBT.bodyBottom));
  return { checks };
}

/** Every position of DESIGN.md's GB/T 9704 list that this printed document has, measured and judged. */
export function measureLayout(
  pages: PrintedPage[],
  kind: "notice" | "minutes",
  issuers: string[] = [],
  letter = false,
): { checks: Check[] } {
  const checks: Check[] = [];
  const check = (clause: string, what: string, expected: string, measured: number | string, ok: boolean) =>
    checks.push({ clause, what, expected, measured: typeof measured === "number" ? mm(measured) : measured, ok });
  const first = pages[0];

  const markTop = first.redInkTop ?? Number.NaN;
  if (letter) return measureLetter(pages, checks, check);
  check(
    kind === "notice" ? "7.2.4" : "10.3",
    `${kind === "notice" ? "发文机关标志" : "纪要标志"}上边缘（距纸张上边）`,
    mm(GBT.markTop),
    markTop,
    near(markTop, GBT.markTop),
  );

  if (issuers.length > 1) {
    // 联合行文 (7.2.4): the issuers stacked and spread to one width, 文件 to their right and centred on them.
    // 文件 may share a printed line with the middle issuer: it is found as a word of its own.
    const names = issuers.map((name) => first.lines.find((l) => l.text === name || l.text === `${name}文件`));
    const wordLine = first.lines.find((l) => l.words.some((w) => w.text === "文件"));
    const wordBox = wordLine?.words.find((w) => w.text === "文件");
    const word = wordLine && wordBox ? { ...wordLine, left: wordBox.left, right: wordBox.right } : undefined;
    if (names.every(Boolean) && word) {
      const stack = names as TextLine[];
      const stackCenter = stack.reduce((sum, l) => sum + center(l), 0) / stack.length;
      check(
        "7.2.4",
        "联合行文：“文件”以各机关名称为准上下居中（中线之差）",
        mm(0),
        center(word) - stackCenter,
        near(center(word) - stackCenter, 0),
      );
      const nameRight = (l: TextLine) => Math.max(...l.words.filter((w) => w.text !== "文件").map((w) => w.right));
      const rightmost = Math.max(...stack.map(nameRight));
      check(
        "7.2.4",
        "联合行文：“文件”在机关名称右侧",
        "是",
        word.left > rightmost ? "是" : "否",
        word.left > rightmost,
      );
      const spread = Math.max(...stack.map(nameRight)) - Math.min(...stack.map(nameRight));
      check("7.2.4", "联合行文：各机关名称排成同宽（右端之差）", mm(0), spread, near(spread, 0));
    } else check("7.2.4", "联合行文的机关名称与“文件”", "各占一行", "没有找到", false);
    const all = pages.flatMap((p) => p.lines.map((l) => l.text));
    const signed = issuers.filter((name) => all.filter((t) => t === name || t === `${name}文件`).length >= 2).length;
    check("7.3.5.1", "联合行文：每个发文机关都署名", `${issuers.length} 个`, `${signed} 个`, signed === issuers.length);
  }

  if (kind === "notice") {
    const number = first.lines.find((l) => /〔\d{4}〕\d+号$/.test(l.text));
    const rule = first.redRules[0];
    if (number && rule) {
      check(
        "7.2.7",
        "红色分隔线在发文字号之下",
        mm(GBT.ruleUnderNumber),
        rule.y - number.bottom,
        near(rule.y - number.bottom, GBT.ruleUnderNumber),
      );
      check("7.2.7", "红色分隔线宽度（与版心等宽）", mm(GBT.bodyWidth), rule.width, near(rule.width, GBT.bodyWidth));
      const title = first.lines.find((l) => l.top > rule.y);
      const gap = title ? title.top - rule.y : Number.NaN;
      // 7.3.1: a title line never holds one character alone (the 知 of 通知 on a line of its own).
      const recipients = first.lines.findIndex((l) => l.top > rule.y && /：$/.test(l.text));
      const titleLines = first.lines.filter((l, i) => l.top > rule.y && (recipients < 0 || i < recipients));
      const shortest = Math.min(...titleLines.map((l) => [...l.text].length));
      if (titleLines.length)
        check(
          "7.3.1",
          "标题每行字数（不单字成行）",
          "≥ 2 字",
          `${shortest} 字（${titleLines.length} 行）`,
          shortest >= 2,
        );
      check(
        "7.3.1",
        "标题在红色分隔线下空二行",
        `${mm(2 * GBT.line)}～${mm(3 * GBT.line)}`,
        gap,
        gap >= 2 * GBT.line && gap < 3 * GBT.line,
      );
    } else check("7.2.7", "红色分隔线与发文字号", "都在首页", number ? "没有红线" : "没有发文字号", false);
  }

  // A full line holds 28 characters: the widest all-CJK line, counting a first line's two-character indent.
  const indent = 2 * (GBT.bodyWidth / 28);
  const widths = pages
    .flatMap((p) => p.lines)
    .filter((l) => !/[\x20-\x7e]/.test(l.text) && l.bottom < GBT.bodyBottom && l.top > GBT.bodyTop)
    // A comma or stop at a line's end may hang past the margin (both Word and LibreOffice allow it): not counted.
    .map((l) => ({ ...l, text: l.text.replace(/[，。、；：？！）》”]$/, "") }))
    .map((l) => ({
      text: l.text,
      width:
        Math.abs(l.left - GBT.bodyLeft) < 0.6
          ? units(l.text)
          : Math.abs(l.left - GBT.bodyLeft - indent) < 0.6
            ? units(l.text) + 2
            : 0,
    }));
  const widest = widths.reduce((a, b) => (b.width > a.width ? b : a), { text: "", width: 0 });
  if (widest.width > 20)
    check("5.2.2", "一行字数", "28 字", `${widest.width} 字（${widest.text}）`, widest.width === 28);

  // 22 lines on a full page: on a page between the first and the last, the body's line slots from its first
  // line to its last (blank lines count, they are lines too) when the text reaches the 版心's foot.
  if (pages.length >= 3) {
    const bodyLines = pages[1].lines.filter((l) => l.top >= GBT.bodyTop - 1 && l.bottom <= GBT.bodyBottom + 1);
    const firstRow = bodyLines[0];
    const lastRow = bodyLines[bodyLines.length - 1];
    if (firstRow && lastRow && lastRow.bottom > GBT.bodyBottom - GBT.line) {
      const slots = Math.round((lastRow.top - firstRow.top) / GBT.line) + 1;
      check("5.2.2", "一页行数（整页正文）", "22 行", `${slots} 行`, slots === 22);
    }
  }

  pages.forEach((page, i) => {
    const number = page.lines.find((l) => PAGE_NUMBER.test(l.text));
    const dash = number ? center(number) : Number.NaN;
    check(
      "7.5",
      `第 ${i + 1} 页页码一字线（距纸张上边）`,
      mm(GBT.pageNumberDash),
      dash,
      near(dash, GBT.pageNumberDash),
    );
    if (number) {
      const odd = i % 2 === 0;
      const edge = odd ? 210 - 26 - number.right : number.left - GBT.bodyLeft;
      check(
        "7.5",
        `第 ${i + 1} 页页码${odd ? "居右空一字" : "居左空一字"}`,
        mm(14 / 2.835),
        edge,
        near(edge, 14 / 2.835),
      );
    }
  });

  if (kind === "notice") {
    // 7.3.4: a wrapped attachment name lines up under its first character (after 附件： and 1.).
    const lines = pages.flatMap((p) => p.lines);
    const start = lines.findIndex((l) => /^附件：\d+\./.test(l.text));
    const char = GBT.bodyWidth / 28;
    if (start >= 0) {
      const block = lines
        .slice(start + 1)
        .filter((l) => l.left > GBT.bodyLeft + 4 * char && l.top < lines[start].top + 80);
      const wrapped = block.filter((l) => !/^\d+\./.test(l.text));
      for (const l of wrapped.slice(0, 3)) {
        const expected = GBT.bodyLeft + 6 * char;
        check(
          "7.3.4",
          `附件名称回行（${l.text.slice(0, 6)}…）与名称首字对齐`,
          mm(expected),
          l.left,
          near(l.left, expected),
        );
      }
    }
    // 7.3.5: the 署名 centred over the 成文日期.
    const date = lines.find((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l.text));
    const signature = date && lines[lines.indexOf(date) - 1];
    if (date && signature) {
      const offset = middle(signature) - middle(date);
      // Shown, not judged: 仿宋_GB2312 sets digits half a character wide, and no font here prints them so in
      // LibreOffice, so a date measures wider than Word prints it and its centre moves (about 2 mm).
      check("7.3.5", "署名以成文日期为准居中（两者中线之差；参考，不判定）", mm(0), offset, true);
    }
    const last = pages[pages.length - 1];
    const printed = last.lines.find((l) => /印发$/.test(l.text));
    const copyTo = last.lines.find((l) => l.text.startsWith("抄送"));
    // The 版记's last rule is its last line's foot: a 25 pt line under a 14 pt text box.
    const foot = printed ? printed.bottom + (25 / 2.835 - (printed.bottom - printed.top)) / 2 : Number.NaN;
    check(
      "7.4",
      "版记末条分隔线（距纸张上边，与版心下边缘重合）",
      mm(GBT.bodyBottom),
      foot,
      near(foot, GBT.bodyBottom),
    );
    check(
      "7.4",
      "抄送在印发机关之上、同在末页",
      "是",
      copyTo && printed && copyTo.top < printed.top ? "是" : "否",
      !!copyTo && !!printed && copyTo.top < printed.top,
    );
  }
  return { checks };
}

/**
 * A real document laid out by `huiwu format`: every printed line inside the 版心 (page numbers under it), the title
 * centred on the 版心, 28 characters to a full line, the 版记's last rule on the 版心's foot of the last page.
 */
export function measureFormatted(pages: PrintedPage[], title: string | undefined): { checks: Check[] } {
  const checks: Check[] = [];
  const check = (clause: string, what: string, expected: string, measured: number | string, ok: boolean) =>
    checks.push({ clause, what, expected, measured: typeof measured === "number" ? mm(measured) : measured, ok });
  const text = pages.flatMap((p) => p.lines.filter((l) => !PAGE_NUMBER.test(l.text)));
  // A comma or stop may hang past the right edge (both Word and LibreOffice allow it): half a character.
  const outside = text.filter(
    (l) =>
      l.left < GBT.bodyLeft - 0.5 ||
      // A stop or comma may hang past the right edge, as Word and LibreOffice both allow: a character at most.
      l.right > GBT.bodyLeft + GBT.bodyWidth + (/[，。、；：？！）》”,.;:)]$/.test(l.text) ? 6 : 0.5) ||
      l.top < GBT.bodyTop - 3 ||
      l.bottom > GBT.bodyBottom + 1,
  );
  check(
    "5.2.1",
    "每行文字都在版心内",
    "0 行在外",
    `${outside.length} 行在外${outside[0] ? `（${outside[0].text.slice(0, 8)}… ${outside[0].left.toFixed(1)}–${outside[0].right.toFixed(1)} mm, ${outside[0].top.toFixed(1)}–${outside[0].bottom.toFixed(1)} mm）` : ""}`,
    outside.length === 0,
  );
  const titleLine = title
    ? pages[0].lines.find((l) => title.startsWith(l.text.replace(/\s/g, "").slice(0, 6)))
    : undefined;
  if (titleLine) {
    const offset = middle(titleLine) - (GBT.bodyLeft + GBT.bodyWidth / 2);
    check("7.3.1", "标题居中（与版心中线之差）", mm(0), offset, near(offset, 0));
  }
  const indent = 2 * (GBT.bodyWidth / 28);
  const widest = text
    .filter((l) => !/[\x20-\x7e]/.test(l.text))
    .map((l) => ({ ...l, text: l.text.replace(/[，。、；：？！）》”]$/, "") }))
    .map((l) =>
      Math.abs(l.left - GBT.bodyLeft) < 0.6
        ? units(l.text)
        : Math.abs(l.left - GBT.bodyLeft - indent) < 0.6
          ? units(l.text) + 2
          : 0,
    )
    .reduce((a, b) => Math.max(a, b), 0);
  // Judged on a full line of Chinese alone: Latin letters and digits are set narrower than half a character.
  if (widest > 24) check("5.2.2", "一行字数", "28 字", `${widest} 字`, widest === 28);
  const last = pages[pages.length - 1];
  const imprint = last.lines
    .filter((l) => /^(?:抄送|主题词|共印)|印发$/.test(l.text))
    .sort((a, b) => a.bottom - b.bottom)
    .at(-1);
  if (imprint) {
    const foot = imprint.bottom + (25 / 2.835 - (imprint.bottom - imprint.top)) / 2;
    check(
      "7.4",
      "版记末条分隔线（距纸张上边，与版心下边缘重合）",
      mm(GBT.bodyBottom),
      foot,
      near(foot, GBT.bodyBottom),
    );
  }
  pages.forEach((page, i) => {
    const number = page.lines.find((l) => PAGE_NUMBER.test(l.text));
    const dash = number ? center(number) : Number.NaN;
    check("7.5", `第 ${i + 1} 页页码一字线`, mm(GBT.pageNumberDash), dash, near(dash, GBT.pageNumberDash));
  });
  return { checks };
}
