import { headingOrdinal } from "../../document/heading-ordinal";
import { type Unpaired, unpairedMarks } from "../../text/paired-marks";
import { applyEdits } from "../../text/paragraph-edits";
import { protectedRanges } from "../../text/protected-ranges";
import { type PunctuationEdit, punctuationEdits } from "../../text/punctuation-faults";
import { defineDocumentRule } from "./define";

/** `半角“,”3处、“。。”重复`: the faults of one paragraph, each kind once with its count. */
function summary(edits: readonly PunctuationEdit[]): string {
  const counts = new Map<string, number>();
  for (const e of edits) counts.set(e.what, (counts.get(e.what) ?? 0) + 1);
  return [...counts].map(([what, n]) => (n > 1 ? `${what}${n}处` : what)).join("、");
}

/** Marks a straight `"`, `<` or half-width parenthesis may stand in for: their pairing is not judged. */
const STAND_INS: Record<Unpaired["name"], RegExp> = { 引号: /["'＂]/, 书名号: /[<〈>〉]/, 括号: /[()]/ };

export default defineDocumentRule({
  meta: {
    id: "document/punctuation",
    group: "document",
    severity: "warning",
    description:
      "中文里用了半角标点（, : ; ( ) ? !），标点重复（。。，，），省略号写成“...”“。。。”，引号、书名号、括号不成对；网址、邮箱、数字、时间、文号和英文里的半角标点不报。每段报一次，修正改全段",
    source:
      "GB/T 15834-2011《标点符号用法》：中文使用全角标点，省略号为“……”，引号、书名号、括号成对使用；一段一条，便于秘书逐段确认",
    messages: {
      marks: "本段标点不规范（{count}处）：{what}",
      unpaired: "本段{what}，请补上或删去多余的一个",
    },
    fixable: true,
  },
  check(ctx) {
    const paragraphs = ctx.paragraphs;
    const unpaired = paragraphs.map(unpairedMarks);
    for (const [p, text] of paragraphs.entries()) {
      const ordinal = headingOrdinal(text);
      const skip = [...protectedRanges(text), ...(ordinal ? [{ start: 0, end: ordinal.end }] : [])];
      const edits = punctuationEdits(text, skip);
      if (edits.length > 0) {
        const { start, end, fixed } = applyEdits(text, edits);
        ctx.report({
          messageId: "marks",
          at: { paragraph: p, start, end },
          data: { count: edits.length, what: summary(edits) },
          fix: fixed,
        });
      }
      const faults: { at: number; what: string }[] = [];
      for (const [k, marks] of unpaired[p].entries()) {
        if (STAND_INS[marks.name].test(text)) continue;
        const next = unpaired[p + 1]?.[k];
        const previous = unpaired[p - 1]?.[k];
        // A quotation of several paragraphs opens each and closes only the last; a line broken inside a
        // quotation or title closes on the next line; a cut text stops inside one.
        const open = marks.open.filter(
          () =>
            !(next && (next.close.length > 0 || paragraphs[p + 1].trimStart().startsWith(text[marks.open[0]]))) &&
            ctx.cut?.paragraph !== p,
        );
        const close = marks.close.filter(() => !(previous && previous.open.length > 0));
        if (open.length > 0) faults.push({ at: open[0], what: `${marks.name}不成对（缺后${marks.name}）` });
        if (close.length > 0) faults.push({ at: close[0], what: `${marks.name}不成对（缺前${marks.name}）` });
      }
      if (faults.length > 0)
        ctx.report({
          messageId: "unpaired",
          at: { paragraph: p, start: faults[0].at, end: faults[0].at + 1 },
          data: { what: faults.map((f) => f.what).join("，") },
        });
    }
  },
});
