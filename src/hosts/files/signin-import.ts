import type { Attendance } from "../../core/meeting/attendance";
import { type CheckOptions, DEFAULT_OPTIONS } from "../../core/rules/config";
import { checkWorkbook } from "../../core/rules/run-registers";
import { FileReadError } from "./file-error";
import { readWorkbookGrids } from "./read-workbook";

/** The attendance of the first sign-in sheet of a workbook (with its roster, when it has one). */
export async function signinAttendanceOf(
  bytes: Uint8Array,
  fileName: string,
  options: CheckOptions = DEFAULT_OPTIONS,
): Promise<Attendance> {
  const grids = await readWorkbookGrids(bytes, fileName);
  const first = checkWorkbook(grids, options).attendance[0];
  if (!first) throw new FileReadError(`${fileName}：工作簿中没有找到签到表（需要“姓名”和“签到时间”或“签名”列）`);
  return first.attendance;
}
