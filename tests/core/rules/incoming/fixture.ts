import type { CellValue, Grid } from "../../../../src/core/table/grid";
import { INCOMING_HEADER, sheet } from "../../rule-tester";

/** 收文编号, 收文日期, 来文单位, 文号, 标题, 类别, 拟办意见, 审签 — rows start on sheet row 2. */
export function incoming(rows: CellValue[][]): Grid {
  return sheet("收文登记表", [INCOMING_HEADER, ...rows]);
}

export function doc(
  overrides: Partial<Record<"seq" | "number" | "from" | "category" | "proposal" | "sign", CellValue>> = {},
): CellValue[] {
  return [
    overrides.seq ?? 1,
    "2026-11-02",
    overrides.from ?? "市应急管理局",
    overrides.number ?? "市应急发〔2026〕45号",
    "关于开展冬季安全生产大检查的通知",
    overrides.category ?? "办件",
    overrides.proposal === undefined ? "请应急股办理" : overrides.proposal,
    overrides.sign === undefined ? "同意" : overrides.sign,
  ];
}
