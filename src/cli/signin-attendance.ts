import { basename } from "node:path";
import type { Attendance } from "../core/meeting/attendance";
import type { CheckOptions } from "../core/rules/config";
import { signinAttendanceOf } from "../hosts/files/signin-import";
import { readFileBytes } from "./read-file";

export async function signinAttendance(path: string, options: CheckOptions): Promise<Attendance> {
  return signinAttendanceOf(await readFileBytes(path), basename(path), options);
}
