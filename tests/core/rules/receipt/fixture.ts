import type { CellValue, Grid } from "../../../../src/core/table/grid";
import { MEETING_LINE, RECEIPT_HEADER, sheet } from "../../rule-tester";

/** A receipt register under the 会议时间 line: rows start on sheet row 3. */
export function receipt(rows: CellValue[][], meetingLine: string | null = MEETING_LINE): Grid {
  return sheet("签收登记表", [...(meetingLine ? [[meetingLine]] : []), RECEIPT_HEADER, ...rows]);
}

/** 序号, 接收单位, 发出时间, 通知方式, 签收人, 签收时间, 回执, 密级 */
export const ok = (unit = "财政局"): CellValue[] => [
  1,
  unit,
  "2026-11-25",
  "书面",
  "王芳",
  "2026-11-25 10:00",
  "已回",
  "非密",
];
