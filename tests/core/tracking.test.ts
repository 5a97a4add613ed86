import { readMinutes } from "../../src/core/meeting/read-minutes";
import { DEFAULT_OPTIONS } from "../../src/core/rules/config";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { trackingItems, trackingItemsOfDraft, trackingItemsOfMinutes } from "../../src/core/tracking/items";
import { AppendError, appendToTracking, newTrackingGrid } from "../../src/core/tracking/register";
import type { Grid } from "../../src/core/table/grid";
import { SAMPLE_MINUTES } from "../../src/samples/draft-inputs";
import { FAULTY_MINUTES } from "../../src/samples/minutes";

const ON = { year: 2026, month: 12, day: 9 };

/** The new rows appended under the grid, as the sheet would then hold them. */
function withAppended(grid: Grid, rows: Grid["rows"]): Grid {
  return { ...grid, rows: [...grid.rows, ...rows] };
}

describe("from minutes to a 督办台账", () => {
  it("each decision of the drafted sample minutes becomes a row that the check reads back with no error", () => {
    const items = trackingItemsOfDraft(SAMPLE_MINUTES);
    expect(items.map((i) => [i.matter, i.owner, i.deadline])).toEqual([
      ["开展全县危化品企业安全检查", "县应急管理局", { year: 2026, month: 12, day: 15 }],
      ["安排安全生产专项资金", "县财政局", { year: 2026, month: 12, day: 31 }],
      ["开展建筑工地冬季施工安全整治", "县住建局", { year: 2026, month: 12, day: 31 }],
    ]);
    expect(items[0].source).toBe("县政府常务会议纪要（第12期，2026年12月3日）");
    const [sheet] = checkWorkbook([newTrackingGrid(items)], { ...DEFAULT_OPTIONS, checkDate: ON }).sheets;
    expect(sheet.kind).toBe("tracking");
    expect(sheet.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(sheet.tracking).toMatchObject({ items: 3, done: 0, overdue: 0 });
  });

  it("a decision without owner or deadline says so in its row instead of guessing", () => {
    const [none, vague, several] = trackingItems(
      [
        { text: "加强冬季安全生产宣传" },
        { text: "尽快完成排查", owner: "县应急管理局", deadline: "尽快" },
        { text: "9月底前完成方案，12月底前全部建成", owner: "县住建局" },
      ],
      "县政府常务会议纪要",
      2026,
    );
    expect(none).toMatchObject({ owner: "", deadline: null, note: "纪要未写明责任单位；纪要未写明完成时限" });
    expect(vague.note).toBe("完成时限“尽快”不是具体日期，请与责任单位商定");
    expect(several.deadline).toEqual({ year: 2026, month: 9, day: 30 });
    expect(several.note).toMatch(/纪要写了 2 个时限（9月底前、12月底前）/);
  });

  it("a deadline with no year in minutes with no date asks for the year", () => {
    const [item] = trackingItems([{ text: "确保8月底完工", owner: "市住建局" }], "局长办公会纪要", undefined);
    expect(item).toMatchObject({ deadline: null, note: "完成时限“8月底”没有年份（纪要也没有写日期），请补全" });
  });

  it("minutes read from a document keep their decisions, owners and deadlines", () => {
    const facts = readMinutes(FAULTY_MINUTES.split("\n"));
    const items = trackingItemsOfMinutes(facts);
    expect(items.length).toBe(facts.decisions.length);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.source).toMatch(/纪要/);
  });

  it("a decision whose owner and deadline stand under their labels fills both columns, and the matter stops before them", () => {
    const facts = readMinutes([
      "县政府第12次常务会议纪要",
      "2026年11月27日，县长王建国在县政府三楼会议室主持召开第12次常务会议。",
      "一、会议原则通过《农村危房改造实施方案》。责任单位：县住建局；完成时限：2026年12月20日前。",
      "二、会议同意启动老旧小区改造（牵头单位：县发改委；完成时限：2027年3月底）。",
      "出席：王建国、李明",
    ]);
    expect(trackingItemsOfMinutes(facts).map((i) => [i.matter, i.owner, i.deadline, i.note])).toEqual([
      ["会议原则通过《农村危房改造实施方案》", "县住建局", { year: 2026, month: 12, day: 20 }, ""],
      ["启动老旧小区改造", "县发改委", { year: 2027, month: 3, day: 31 }, ""],
    ]);
  });

  it("appending adds only what is new, numbered on, in the register's own columns; twice adds nothing", () => {
    const first = trackingItemsOfDraft(SAMPLE_MINUTES);
    const register: Grid = {
      sheet: "台账",
      rows: [
        ["2026年督办台账"],
        ["编号", "督办事项", "牵头单位", "办结时限", "办理情况", "状态", "来源", "备注"],
        [7, "开展全县危化品企业安全检查", "县应急管理局", 46371, "已检查 40 家", "在办", first[0].source, ""],
      ],
    };
    const next = trackingItemsOfDraft({
      ...SAMPLE_MINUTES,
      number: "第13期",
      decisions: [{ text: "修订应急预案", owner: "县应急管理局", deadline: "2027-01-15" }],
    });
    const appended = appendToTracking(register, [...first, ...next]);
    expect(appended).toMatchObject({ added: 3, alreadyThere: 1, firstRow: 3, dateColumns: [3] });
    expect(appended.rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      [8, "安排安全生产专项资金", "未办"],
      [9, "开展建筑工地冬季施工安全整治", "未办"],
      [10, "修订应急预案", "未办"],
    ]);
    const after = withAppended(register, appended.rows);
    expect(appendToTracking(after, [...first, ...next])).toMatchObject({ added: 0, alreadyThere: 4 });
    const [sheet] = checkWorkbook([after], { ...DEFAULT_OPTIONS, checkDate: ON }).sheets;
    expect(sheet.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("refuses a sheet that is no 督办台账, or has something under its table", () => {
    const items = trackingItemsOfDraft(SAMPLE_MINUTES);
    expect(() => appendToTracking({ sheet: "签到", rows: [["姓名", "单位", "签到时间"]] }, items)).toThrow(AppendError);
    const footer = newTrackingGrid(items);
    footer.rows.push([], ["填表人：张三"]);
    expect(() => appendToTracking(footer, items)).toThrow(/表格下面还有内容/);
  });
});
