import { numberEdits } from "../../text/number-forms";
import { applyEdits } from "../../text/paragraph-edits";
import { defineDocumentRule } from "./define";

export default defineDocumentRule({
  meta: {
    id: "document/number-usage",
    group: "document",
    severity: "info",
    description:
      "数字写法不规范：年份数字混写（二0二六年、2O26年），全角数字（２０２６），日期或年份起止用了短横线（12月3日-5日、2021-2030年）。每段报一次，修正改全段",
    source:
      "GB/T 15835-2011《出版物上数字用法》：年份不混用汉字数字与阿拉伯数字，阿拉伯数字用半角；GB/T 15834-2011 4.13：时间起止用一字线“—”（12月3—5日、2021—2030年）",
    messages: {
      numbers: "数字用法不规范：{what}",
    },
    fixable: true,
  },
  check(ctx) {
    for (const [p, text] of ctx.paragraphs.entries()) {
      const edits = numberEdits(text);
      if (edits.length === 0) continue;
      const { start, end, fixed } = applyEdits(text, edits);
      ctx.report({
        messageId: "numbers",
        at: { paragraph: p, start, end },
        data: { what: edits.map((e) => e.what).join("；") },
        fix: fixed,
      });
    }
  },
});
