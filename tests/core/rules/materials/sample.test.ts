import { DEFAULT_OPTIONS } from "../../../../src/core/rules/config";
import { cellOf } from "../../../../src/core/rules/finding";
import { checkWorkbook } from "../../../../src/core/rules/run-registers";
import { SAMPLE_WORKBOOKS } from "../../../../src/samples";

describe("the 材料发放登记表 sample", () => {
  const sample = SAMPLE_WORKBOOKS.find((w) => w.id === "materials")!;
  const report = checkWorkbook(sample.grids, DEFAULT_OPTIONS);

  it("is read as a materials register paired with the sign-in sample's roster", () => {
    expect(report.sheets.map((s) => s.kind)).toEqual(["materials", "roster"]);
  });

  it("finds exactly its planted faults, one for each materials rule", () => {
    const found = report.sheets
      .flatMap((s) => s.findings)
      .map((f) => `${f.ruleId} ${cellOf(f)?.sheet}!${cellOf(f)?.cell}`);
    expect(found.sort()).toEqual(
      [
        "materials/duplicate-number 材料发放!C7",
        "materials/not-recovered 材料发放!I8",
        "materials/unsigned 材料发放!G16",
        "materials/missed-person 参会名单!A11",
      ].sort(),
    );
  });
});
