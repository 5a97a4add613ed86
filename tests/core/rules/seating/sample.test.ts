import { DEFAULT_OPTIONS } from "../../../../src/core/rules/config";
import { cellOf } from "../../../../src/core/rules/finding";
import { checkWorkbook } from "../../../../src/core/rules/run-registers";
import { SAMPLE_WORKBOOKS } from "../../../../src/samples";

describe("the 座次图 sample", () => {
  const sample = SAMPLE_WORKBOOKS.find((w) => w.id === "seating")!;
  const report = checkWorkbook(sample.grids, DEFAULT_OPTIONS);

  it("is read as a 座次图 paired with its ranked 参会名单", () => {
    expect(report.sheets.map((s) => s.kind)).toEqual(["seating", "roster"]);
  });

  it("finds exactly its planted faults, one for each seating rule", () => {
    const found = report.sheets
      .flatMap((s) => s.findings)
      .map((f) => `${f.ruleId} ${cellOf(f)?.sheet}!${cellOf(f)?.cell}`);
    expect(found.sort()).toEqual(
      [
        "seating/rank-order 座次图!D3",
        "seating/near-name 座次图!C3",
        "seating/duplicate 座次图!F5",
        "seating/not-on-roster 座次图!G5",
        "seating/missing 参会名单!B11",
      ].sort(),
    );
  });
});
