import { type Severity, cellOf } from "../../src/core/rules/finding";
import { type CheckOptions, DEFAULT_OPTIONS } from "../../src/core/rules/config";
import type { RegisterRule } from "../../src/core/rules/register-rule";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import type { CellValue, Grid } from "../../src/core/table/grid";
import { type Said, expectSaid, expectSaidFromData, messagesSaid } from "./rule-said";

export interface Case {
  name: string;
  grids: Grid[];
  options?: Partial<CheckOptions>;
}

export type ExpectedFinding<Rule = RegisterRule> = Said<Rule> & {
  cell: string;
  sheet?: string;
  message?: RegExp;
  related?: string[];
  fix?: string;
  /** Where the rule grades this finding milder than its usual severity. */
  severity?: Severity;
};

export interface InvalidCase<Rule = RegisterRule> extends Case {
  findings: ExpectedFinding<Rule>[];
}

/** The findings one rule reports on the grids, in sheet and row order. */
export function findingsOf(rule: RegisterRule, grids: Grid[], options: Partial<CheckOptions> = {}) {
  const report = checkWorkbook(grids, { ...DEFAULT_OPTIONS, ...options }, [rule]);
  return report.sheets.flatMap((sheet) => sheet.findings).filter((f) => f.ruleId === rule.meta.id);
}

/** ESLint-style table: valid cases report nothing; invalid cases report exactly the cells listed. */
export function testRule<Rule extends RegisterRule>(
  rule: Rule,
  cases: { valid: Case[]; invalid: InvalidCase<Rule>[] },
): void {
  describe(rule.meta.id, () => {
    const said = messagesSaid();
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      expect(
        findingsOf(rule, c.grids, c.options).map((f) => `${cellOf(f)?.sheet}!${cellOf(f)?.cell}: ${f.message}`),
      ).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const found = findingsOf(rule, c.grids, c.options);
      // The table's own types are checked where it is written; here any rule's expectation is read.
      const expectations = c.findings as unknown as ExpectedFinding[];
      said.record(found, expectations);
      expect(found.map((f) => cellOf(f)?.cell)).toEqual(expectations.map((f) => f.cell));
      found.forEach((finding, i) => {
        const expected = expectations[i];
        expect(finding.severity).toBe(expected.severity ?? rule.meta.severity);
        expect(finding.message).not.toMatch(/\{\w+\}/);
        expectSaidFromData(rule.meta, finding);
        expectSaid(expected, finding);
        expect(finding.place.kind).toBe("cell");
        if (expected.sheet) expect(cellOf(finding)?.sheet).toBe(expected.sheet);
        if (expected.message) expect(finding.message).toMatch(expected.message);
        if (expected.related) expect(cellOf(finding)?.related).toEqual(expected.related);
        if (expected.fix !== undefined) expect(finding.fix).toMatchObject({ kind: "cell", after: expected.fix });
        else expect(finding.fix).toBeNull();
      });
    });
    said.test(rule.meta, cases.invalid.length);
  });
}

export function sheet(name: string, rows: CellValue[][]): Grid {
  return { sheet: name, rows };
}

export const MEETING_LINE = "会议时间：2026年12月3日上午9:00";
export const SIGNIN_HEADER = ["序号", "姓名", "单位", "职务", "签到时间", "联系电话", "签名"];
export const ROSTER_HEADER = ["姓名", "单位", "职务", "是否请假"];
export const RECEIPT_HEADER = ["序号", "接收单位", "发出时间", "通知方式", "签收人", "签收时间", "回执", "密级"];
export const INCOMING_HEADER = ["收文编号", "收文日期", "来文单位", "文号", "标题", "类别", "拟办意见", "审签"];
export const SEAL_HEADER = ["序号", "用印日期", "印章名称", "用印事由", "份数", "审批人", "审批方式", "补签", "经办人"];

/** A sign-in sheet under a title and the 会议时间 line: data rows start on sheet row 4. */
export function signin(rows: CellValue[][], title: CellValue[][] = [["XX会议签到表"], [MEETING_LINE]]): Grid {
  return sheet("签到表", [...title, SIGNIN_HEADER, ...rows]);
}

/** A roster with its header on row 1: people start on row 2. */
export function roster(rows: CellValue[][]): Grid {
  return sheet("名单", [ROSTER_HEADER, ...rows]);
}
