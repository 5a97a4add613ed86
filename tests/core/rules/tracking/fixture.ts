import type { CellValue, Grid } from "../../../../src/core/table/grid";
import type { LocalDate } from "../../../../src/core/text/dates";

export const TRACKING_HEADER = ["序号", "议定事项", "责任单位", "完成时限", "来源", "状态", "办理情况"];

export interface Item {
  matter: CellValue;
  owner: CellValue;
  deadline: CellValue;
  status: CellValue;
  progress: CellValue;
}

const DEFAULT_ITEM: Item = {
  matter: "制定冬季安全生产大检查方案",
  owner: "县应急管理局",
  deadline: "2026-12-15",
  status: "在办",
  progress: "方案已起草，正在征求意见",
};

export function item(patch: Partial<Item> = {}): Item {
  return { ...DEFAULT_ITEM, ...patch };
}

/** A 督办台账 under its title: the header on row 2, items from row 3 (deadline in column D). */
export function tracking(items: Item[], title = "2026年县政府常务会议议定事项督办台账"): Grid {
  return {
    sheet: "督办台账",
    rows: [
      [title],
      TRACKING_HEADER,
      ...items.map((it, i) => [
        i + 1,
        it.matter,
        it.owner,
        it.deadline,
        "县政府第12次常务会议",
        it.status,
        it.progress,
      ]),
    ],
  };
}

/** Wednesday 2026-12-09: a plain working week either side. */
export const ON: LocalDate = { year: 2026, month: 12, day: 9 };
