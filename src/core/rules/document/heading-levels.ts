import {
  type HeadingLevel,
  type HeadingOrdinal,
  STANDARD_FORM,
  chineseOrdinal,
  headingOrdinal,
} from "../../document/heading-ordinal";
import { defineDocumentRule } from "./define";

const LEVEL_FORMS: Record<HeadingLevel, string> = { 1: "一、", 2: "（一）", 3: "1.", 4: "（1）" };
const LEVEL_NAMES: Record<HeadingLevel, string> = { 1: "第一层", 2: "第二层", 3: "第三层", 4: "第四层" };

/** `一、` for level 1 and number 1: how the ordinal of a level and number is written. */
const ordinalOf = (level: HeadingLevel, n: number) => STANDARD_FORM[level](level <= 2 ? chineseOrdinal(n) : String(n));

/** Whether a text has the ordinal of a level and number anywhere, in any of its usual spellings. */
function writtenIn(text: string, level: HeadingLevel, n: number): boolean {
  const digits = level <= 2 ? chineseOrdinal(n) : String(n);
  const pattern = {
    1: `(?<![一二三四五六七八九十])${digits}\\s*[、.．，,]`,
    2: `[（(]\\s*${digits}\\s*[)）]`,
    // `2.11时30分报到`: an item that opens with a number is not read as one, but its ordinal is there.
    3: `(?<![\\d.．])${digits}\\s*[.．、]`,
    4: `[（(]\\s*${digits}\\s*[)）]`,
  }[level];
  return new RegExp(pattern).test(text);
}

interface Seen {
  paragraph: number;
  ordinal: HeadingOrdinal;
}

export default defineDocumentRule({
  meta: {
    id: "document/heading-levels",
    group: "document",
    severity: "warning",
    description:
      "结构层次序数写法不规范（“一.”“一，”“(一)、”“（一）、”，第三层用了“1、”）、跳层（“一、”下直接用“1.”）或序号不连续、倒序",
    source:
      "GB/T 9704-2012 7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注；序号依次编排，不跳号、不倒序",
    messages: {
      form: "序号“{text}”写法不规范，{level}应写作“{standard}”",
      skipped: "“{parent}”之下直接用“{text}”，跳过了“{missing}”一层（GB/T 9704 依次用一、（一）1.（1））{more}",
      gap: "序号不连续：“{previous}”之后是“{text}”，缺“{expected}”",
      order: "序号顺序有误：“{previous}”之后是“{text}”",
    },
    fixable: true,
    fixInMessage: { form: true },
  },
  check(ctx) {
    const paragraphs = ctx.paragraphs;
    const last: (Seen | null)[] = [null, null, null, null, null];
    const skips: { at: Seen; parent: Seen; missing: HeadingLevel }[] = [];
    for (let p = 0; p < paragraphs.length; p++) {
      // The attachments' list and the attachments themselves number on their own.
      if (/^[\s\u3000]*附\s*件/.test(paragraphs[p])) {
        last.fill(null);
        continue;
      }
      const ordinal = headingOrdinal(paragraphs[p]);
      if (!ordinal) continue;
      const at = { paragraph: p, start: ordinal.start, end: ordinal.end };
      const level = ordinal.level;
      // Deeper levels are forgotten at every heading: the deepest one above this level is its parent.
      let parent: Seen | null = null;
      for (let l = level - 1; l >= 1 && !parent; l--) parent = last[l];
      const seen = { paragraph: p, ordinal };

      if (level > 1 && parent && parent.ordinal.level < level - 1) {
        const missing = (parent.ordinal.level + 1) as HeadingLevel;
        skips.push({ at: seen, parent, missing });
      }
      // `1、` is the third level's misspelling only under a `（一）`; elsewhere it is a list of the document's own.
      if (ordinal.text !== ordinal.standard && (!ordinal.enumeration || parent?.ordinal.level === 2)) {
        ctx.report({
          messageId: "form",
          at,
          data: { text: ordinal.text, standard: ordinal.standard, level: LEVEL_NAMES[level] },
          fix: ordinal.standard,
        });
      }

      const previous = last[level];
      const counter = previous?.ordinal.number ?? 0;
      const n = ordinal.number;
      if (counter > 0 && n !== counter + 1 && n !== 1) {
        const expected = ordinalOf(level, counter + 1);
        const between = paragraphs.slice(previous!.paragraph, p).join("\n");
        // `三、` or `(三)` run on inside the paragraph before is there: the sequence is whole.
        if (n > counter + 1 && writtenIn(between, level, counter + 1)) {
          // nothing missing
        } else {
          const data = { previous: previous!.ordinal.text, text: ordinal.text };
          if (n > counter + 1) ctx.report({ messageId: "gap", at, data: { ...data, expected } });
          else ctx.report({ messageId: "order", at, data });
        }
      }
      last[level] = seen;
      for (let deeper = level + 1; deeper <= 4; deeper++) last[deeper] = null;
    }
    // A skipped level is one choice made for the whole document: said once, where it first happens.
    if (skips.length > 0) {
      const { at, parent, missing } = skips[0];
      ctx.report({
        messageId: "skipped",
        at: { paragraph: at.paragraph, start: at.ordinal.start, end: at.ordinal.end },
        data: {
          parent: parent.ordinal.text,
          text: at.ordinal.text,
          missing: LEVEL_FORMS[missing],
          more: skips.length > 1 ? `；全文共${skips.length}处` : "",
        },
        // Many offices write a short text's second level as 1. under 一、: reported, but milder than a misspelling.
        severity: "info",
      });
    }
  },
});
