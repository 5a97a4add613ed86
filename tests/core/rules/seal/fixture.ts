import type { CellValue, Grid } from "../../../../src/core/table/grid";
import { SEAL_HEADER, sheet } from "../../rule-tester";

type Field = "seq" | "date" | "name" | "reason" | "copies" | "approver" | "method" | "backfill" | "handler";

/** 序号, 用印日期, 印章名称, 用印事由, 份数, 审批人, 审批方式, 补签, 经办人 — rows start on sheet row 2. */
export function seal(rows: CellValue[][]): Grid {
  return sheet("用印登记", [SEAL_HEADER, ...rows]);
}

export function use(o: Partial<Record<Field, CellValue>> = {}): CellValue[] {
  const pick = (key: Field, fallback: CellValue) => (key in o ? o[key]! : fallback);
  return [
    pick("seq", 1),
    pick("date", "2026-11-02"),
    pick("name", "单位公章"),
    pick("reason", "报送检查情况报告"),
    pick("copies", 3),
    pick("approver", "李主任"),
    pick("method", "书面"),
    pick("backfill", null),
    pick("handler", "张敏"),
  ];
}
