import type { CellValue } from "../../src/core/table/grid";
import { appendToTracking } from "../../src/core/tracking/register";

describe("appending to a very long 督办台账", () => {
  it("numbers on from the last 序号 of 125,000 rows without running out of stack", () => {
    const rows: CellValue[][] = [
      ["序号", "议定事项", "责任单位", "完成时限", "来源", "状态"],
      ...Array.from({ length: 125_000 }, (_, i) => [i + 1, `事项${i + 1}`, "县财政局", 46387, "第1期", "未办"]),
    ];
    const appending = appendToTracking({ sheet: "台账", rows }, [
      { matter: "新事项", owner: "县水利局", deadline: null, source: "第2期", note: "" },
    ]);
    expect(appending.added).toBe(1);
    expect(appending.firstRow).toBe(125_001);
    expect(appending.rows[0].slice(0, 2)).toEqual([125_001, "新事项"]);
  });
});
