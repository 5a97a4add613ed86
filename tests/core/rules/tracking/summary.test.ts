import { DEFAULT_OPTIONS } from "../../../../src/core/rules/config";
import { checkWorkbook } from "../../../../src/core/rules/run-registers";
import { ON, item, tracking } from "./fixture";

describe("the 督办台账 summary: 共 N 项，已办结 a，逾期 b，三个工作日内到期 c", () => {
  const grid = tracking([
    item({ deadline: "2026-11-30", status: "已办结" }),
    item({ deadline: "2026-11-30" }),
    item({ deadline: "2026-12-01", status: "未完成" }),
    item({ deadline: "2026-12-11" }),
    item({ deadline: "2026-12-31" }),
    item({ deadline: "尽快" }),
  ]);

  it("counts each item once, by where it stands on the check date", () => {
    const [sheet] = checkWorkbook([grid], { ...DEFAULT_OPTIONS, checkDate: ON }).sheets;
    expect(sheet.tracking).toEqual({ items: 6, done: 1, overdue: 2, dueSoon: 1, dueSoonDays: 3, on: "2026-12-09" });
  });

  it("without a check date says nothing about what is late", () => {
    const [sheet] = checkWorkbook([grid], DEFAULT_OPTIONS).sheets;
    expect(sheet.tracking).toMatchObject({ items: 6, done: 1, overdue: null, dueSoon: null });
  });

  it("other registers have no such summary", () => {
    const signin = {
      sheet: "签到",
      rows: [
        ["姓名", "单位", "职务", "签到时间"],
        ["张三", "县财政局", "科员", "8:50"],
      ],
    };
    expect(checkWorkbook([signin], { ...DEFAULT_OPTIONS, checkDate: ON }).sheets[0].tracking).toBeUndefined();
  });
});
