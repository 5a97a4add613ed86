import type { Grid } from "../../core/table/grid";
import { DEFAULT_OPTIONS } from "../../core/rules/config";
import { type SheetReport, checkWorkbook } from "../../core/rules/run-registers";
import { localDateOf } from "../../core/text/dates";

/** File mode's check: the default options, counting what is overdue or due soon from today. */
export function checkWorkbookToday(grids: Grid[]): SheetReport[] {
  return checkWorkbook(grids, { ...DEFAULT_OPTIONS, checkDate: localDateOf(new Date()) }).sheets;
}
