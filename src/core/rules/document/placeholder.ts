import { formPartStart } from "../../document/form-part";
import { type Placeholder, placeholders } from "../../text/placeholders";
import { defineDocumentRule } from "./define";

/** Placeholders a character or two apart read as one: `XX月XX日`, with the unit that follows (`XX县`). */
function shown(paragraph: string, found: readonly Placeholder[]): string[] {
  const groups: { start: number; end: number }[] = [];
  for (const f of found) {
    const last = groups[groups.length - 1];
    if (last && f.start - last.end <= 1) last.end = f.end;
    else groups.push({ start: f.start, end: f.end });
  }
  return groups.map(({ start, end }) => {
    const unit = /[年月日号期届次时县市区省州镇乡旗盟]/.test(paragraph[end] ?? "") ? 1 : 0;
    // `20XX年`: the digits written belong to the number left blank.
    while (start > 0 && /\d/.test(paragraph[start - 1])) start--;
    return `“${paragraph.slice(start, end + unit).trim()}”`;
  });
}

export default defineDocumentRule({
  meta: {
    id: "document/placeholder",
    group: "document",
    severity: "error",
    description:
      "模板的占位符没有替换：XX、××、○○、＿＿、【…】提示、（此处填写…）、空着的“年  月  日”；英文词和型号中的 XX、年份中的“○”（二○二六年）、作标题的【】和回执等表格中留给对方填写的空白不报",
    source: "秘书工作惯例：模板的占位符不能随文发出；RULES.md §11",
    messages: {
      placeholder: "模板占位符没有替换：{what}，发出前应填写实际内容",
      standIn: "{what}像是范文或示例中的代称，正式行文应写实际名称",
    },
    fixable: false,
  },
  check(ctx) {
    const formStart = formPartStart(ctx.paragraphs);
    for (const [p, text] of ctx.paragraphs.entries()) {
      const found = placeholders(text, p >= formStart);
      if (found.length === 0) continue;
      const standInOnly = found.every((f) => f.standIn);
      // A form's organ name is the settings', not what the user typed in the form: a stand-in there is not news.
      if (standInOnly && ctx.reading.fromForm) continue;
      ctx.report({
        messageId: standInOnly ? "standIn" : "placeholder",
        at: { paragraph: p, start: found[0].start, end: found[found.length - 1].end },
        data: { what: shown(text, found).join("、") },
        // A place left unnamed is how samples and 范文 are written: said, but not as an error.
        severity: standInOnly ? "info" : undefined,
      });
    }
  },
});
