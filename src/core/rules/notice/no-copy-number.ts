import { defineNoticeRule } from "./define";

export default defineNoticeRule({
  meta: {
    id: "notice/no-copy-number",
    group: "notice",
    severity: "warning",
    description: "涉密公文没有标注份号",
    source:
      "《党政机关公文处理工作条例》第九条：涉密公文应当标注份号；GB/T 9704-2012 7.2.1：份号一般用 6 位阿拉伯数字，顶格编排在版心左上角第一行",
    messages: {
      missing: "标有密级“{secrecy}”，但没有份号：涉密公文应在第一行标注 6 位份号",
    },
    fixable: false,
  },
  check(ctx) {
    const { secrecy, copyNumber } = ctx.doc;
    // A 份号 written before the 密级 on the same line (000123 机密) counts too.
    if (!secrecy || copyNumber || /^\d{6}/.test(secrecy.text)) return;
    ctx.report({ messageId: "missing", at: secrecy.at, data: { secrecy: secrecy.text } });
  },
});
