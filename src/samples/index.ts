import type { Grid } from "../core/table/grid";
import {
  INCOMING_SHEET,
  MATERIALS_SHEET,
  RECEIPT_SHEET,
  RECEIPT_UNITS_SHEET,
  SEAL_SHEET,
  SEATING_ROSTER_SHEET,
  SEATING_SHEET,
  TRACKING_SHEET,
} from "./other-registers";
import { ROSTER_SHEET, SIGNIN_SHEET } from "./signin-workbook";

export interface SampleWorkbook {
  /** What `taskpane.html?sample=` names it by. */
  id: string;
  fileName: string;
  title: string;
  grids: Grid[];
}

/** The product's own data: what `npm start`, `huiwu samples` and the file pane open on. */
export const SAMPLE_WORKBOOKS: SampleWorkbook[] = [
  {
    id: "signin",
    fileName: "会议签到表（示例）.xlsx",
    title: "会议签到表与参会名单",
    grids: [SIGNIN_SHEET, ROSTER_SHEET],
  },
  {
    id: "receipt",
    fileName: "通知签收登记表（示例）.xlsx",
    title: "会议通知签收登记表",
    grids: [RECEIPT_SHEET, RECEIPT_UNITS_SHEET],
  },
  { id: "incoming", fileName: "收文登记表（示例）.xlsx", title: "收文登记表", grids: [INCOMING_SHEET] },
  { id: "seal", fileName: "印章使用登记表（示例）.xlsx", title: "印章使用登记表", grids: [SEAL_SHEET] },
  { id: "tracking", fileName: "督办台账（示例）.xlsx", title: "督办台账", grids: [TRACKING_SHEET] },
  {
    id: "materials",
    fileName: "会议材料发放登记表（示例）.xlsx",
    title: "会议材料发放登记表与参会名单",
    grids: [MATERIALS_SHEET, ROSTER_SHEET],
  },
  {
    id: "seating",
    fileName: "座次图（示例）.xlsx",
    title: "座次图与参会名单",
    grids: [SEATING_SHEET, SEATING_ROSTER_SHEET],
  },
];
