/**
 * Where the part of a document that others fill in begins: an attachment's own heading (`附件1` alone on its
 * line) or the title of a 回执, 报名表 or 登记表. Its blanks (`＿＿`, `年  月  日`) are meant to stay blank.
 * The document's length when it has none.
 */
export function formPartStart(paragraphs: readonly string[]): number {
  const found = paragraphs.findIndex(
    (p) =>
      /^[\s\u3000]*附\s*件\s*[\d一二三四五六七八九十]*[:：]?[\s\u3000]*$/.test(p) ||
      (!/^[\s\u3000]*附\s*件\s*[\d一二三四五六七八九十]*[:：]/.test(p) &&
        p.trim().length <= 25 &&
        !/[，。；]/.test(p) &&
        !/通知|纪要|的函|决定$/.test(p) &&
        /回执|报名表|登记表|申请表|信息表|汇总表|统计表|推荐表|承诺书|征求意见表/.test(p)),
  );
  return found < 0 ? paragraphs.length : found;
}
