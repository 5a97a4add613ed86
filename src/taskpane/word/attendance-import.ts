import { type AttendanceLines, attendanceLines } from "../../core/meeting/minutes-attendance";
import { byStrokes } from "../../core/meeting/name-order";
import { findingOf } from "../../core/rules/rule-finding";
import { checkWorkbook } from "../../core/rules/run-registers";
import { FileReadError } from "../../hosts/files/file-error";
import { readWorkbookGrids } from "../../hosts/files/read-workbook";

export interface ImportedAttendance {
  /** 出席/请假/列席 in the sheet's own order (a roster's order is its rank order). */
  lines: AttendanceLines;
  /** Who on 出席 was signed for by someone else (signin/proxy): said in the pane, for the clerk to confirm. */
  proxies: string[];
}

/** The 出席/请假/列席 lines of the minutes from a sign-in workbook the user picked, and its proxy signers. */
export async function attendanceFromXlsx(bytes: Uint8Array, fileName: string): Promise<ImportedAttendance> {
  const report = checkWorkbook(await readWorkbookGrids(bytes, fileName));
  const first = report.attendance[0];
  if (!first) throw new FileReadError(`${fileName}：工作簿中没有找到签到表（需要“姓名”和“签到时间”或“签名”列）`);
  const lines = attendanceLines(first.attendance, "given");
  const proxied = new Set(
    (report.sheets.find((s) => s.sheet === first.sheet)?.findings ?? [])
      .flatMap((f) => findingOf(f, "signin/proxy") ?? [])
      .map((f) => String(f.data.name).replace(/\s+/g, "")),
  );
  return { lines, proxies: lines.present.filter((name) => proxied.has(name)) };
}

/** The lines as the clerk chose to order them: the sheet's order, or 姓氏笔画. */
export function arrangedLines(lines: AttendanceLines, strokes: boolean): AttendanceLines {
  if (!strokes) return lines;
  return { present: byStrokes(lines.present), leave: byStrokes(lines.leave), attending: byStrokes(lines.attending) };
}
