import { checkReplies } from "../../../../src/core/replies/check-replies";
import { mergeReplies } from "../../../../src/core/replies/merge";
import { noticeTerms } from "../../../../src/core/replies/notice-terms";
import { type ReplySource, readReply } from "../../../../src/core/replies/read-reply";
import { DEFAULT_OPTIONS } from "../../../../src/core/rules/config";
import type { ReplyRule } from "../../../../src/core/rules/reply/define";
import type { CellValue } from "../../../../src/core/table/grid";
import type { LocalDate } from "../../../../src/core/text/dates";
import { type Said, expectSaid, expectSaidFromData, messagesSaid } from "../../rule-said";

export interface ReplyFile {
  file: string;
  rows?: CellValue[][];
  receivedOn?: LocalDate;
  problem?: string;
}

export interface ReplyCase {
  name: string;
  files: ReplyFile[];
  /** The notice's lines; the default names three units, 每单位限报2人 and a deadline of 2026-12-01. */
  notice?: string[];
}

export type ExpectedReplyFinding<Rule = ReplyRule> = Said<Rule> & {
  file: string;
  /** The cell, for a finding of a cell; absent for the whole file. */
  cell?: string;
  message?: RegExp;
  related?: string[];
};

export const NOTICE = [
  "关于召开全县安全生产工作会议的通知",
  "县应急管理局、县财政局、县住建局：",
  "定于2026年12月3日上午9:00在县政府三楼第一会议室召开全县安全生产工作会议。",
  "一、参会人员",
  "各单位分管负责同志，每单位限报2人。",
  "二、有关要求",
  "请于2026年12月1日前将参会回执报县政府办公室。",
];

export const people = (unit: string, ...names: string[]): CellValue[][] => [
  ["单位", "姓名", "职务", "联系电话"],
  ...names.map((name, i) => [unit, name, "科长", `1390571000${i}`]),
];

export function replyFindings(rule: ReplyRule, c: ReplyCase) {
  const terms = noticeTerms(c.notice ?? NOTICE);
  const replies = c.files.map((f) =>
    readReply({
      file: f.file,
      grids: f.rows ? [{ sheet: "Sheet1", rows: f.rows }] : [],
      receivedOn: f.receivedOn ?? null,
      receivedHow: "登记的收到日期",
      problem: f.problem,
    } satisfies ReplySource),
  );
  const merged = mergeReplies(replies, { expectedUnits: terms.units, order: "notice" });
  return checkReplies(
    {
      merged,
      expected: terms.units.length ? { units: terms.units, file: "通知.docx" } : null,
      quota: terms.quota,
      deadline: terms.deadline,
    },
    DEFAULT_OPTIONS,
    [rule],
  );
}

/** ESLint-style table: valid cases report nothing; invalid cases report exactly the places listed. */
export function testReplyRule<Rule extends ReplyRule>(
  rule: Rule,
  cases: { valid: ReplyCase[]; invalid: (ReplyCase & { findings: ExpectedReplyFinding<Rule>[] })[] },
): void {
  describe(rule.meta.id, () => {
    const said = messagesSaid();
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      expect(replyFindings(rule, c).map((f) => f.message)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const found = replyFindings(rule, c);
      // The table's own types are checked where it is written; here any rule's expectation is read.
      const expectations = c.findings as unknown as ExpectedReplyFinding[];
      said.record(found, expectations);
      const where = (f: (typeof found)[number]) =>
        f.place.kind === "cell" ? `${f.place.file} ${f.place.cell}` : f.place.kind === "file" ? f.place.file : "?";
      expect(found.map(where)).toEqual(expectations.map((f) => (f.cell ? `${f.file} ${f.cell}` : f.file)));
      found.forEach((finding, i) => {
        const expected = expectations[i];
        expect(finding.severity).toBe(rule.meta.severity);
        expect(finding.message).not.toMatch(/\{\w+\}/);
        expectSaidFromData(rule.meta, finding);
        expectSaid(expected, finding);
        if (expected.message) expect(finding.message).toMatch(expected.message);
        if (expected.related && finding.place.kind === "cell") expect(finding.place.related).toEqual(expected.related);
      });
    });
    said.test(rule.meta, cases.invalid.length);
  });
}
