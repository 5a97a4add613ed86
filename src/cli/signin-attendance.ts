import { basename } from "node:path";
import type { Attendance } from "../core/meeting/attendance";
import type { CheckOptions } from "../core/rules/config";
import { checkWorkbook } from "../core/rules/run-registers";
import { FileReadError } from "../hosts/files/file-error";
import { readXlsxGrids } from "../hosts/files/read-xlsx";
import { readFileBytes } from "./read-file";

/** The attendance of the first sign-in sheet of a workbook (with its roster, when it has one). */
export async function signinAttendance(path: string, options: CheckOptions): Promise<Attendance> {
  const grids = await readXlsxGrids(await readFileBytes(path), basename(path));
  const first = checkWorkbook(grids, options).attendance[0];
  if (!first) throw new FileReadError(`${basename(path)}：工作簿中没有找到签到表（需要“姓名”和“签到时间”或“签名”列）`);
  return first.attendance;
}
