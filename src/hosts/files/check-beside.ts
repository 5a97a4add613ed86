import type { CheckOptions } from "../../core/rules/config";
import type { Finding } from "../../core/rules/finding";
import { type SheetReport, checkWorkbook } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";
import type { DateTime } from "../../core/text/dates";

/** A 参会名单 opened beside a workbook: its file and the sheets the check read as rosters. */
export interface RosterBeside {
  fileName: string;
  grids: Grid[];
}

/** What file mode knows beyond the file itself: a meeting start typed in the pane, a 参会名单 opened with it. */
export interface CheckBeside {
  meetingStart?: DateTime;
  roster?: RosterBeside;
}

/**
 * File mode's check of one workbook under the pane's `base` options, with a meeting start and a 参会名单 from
 * another file as its roster: one check over several files. Only the workbook's own sheets are reported; a
 * finding on the 名单 (未签到也未请假) names that file. A 名单 sheet named as one of the workbook's is told apart.
 */
export function checkBeside(grids: Grid[], beside: CheckBeside = {}, base: CheckOptions): SheetReport[] {
  const own = new Set(grids.map((grid) => grid.sheet));
  const rosterFile = beside.roster?.fileName;
  const rosters = (beside.roster?.grids ?? []).map((grid) =>
    own.has(grid.sheet) ? { ...grid, sheet: `${grid.sheet}（${rosterFile}）` } : grid,
  );
  const besideSheets = new Set(rosters.map((grid) => grid.sheet));
  const options = { ...base, ...(beside.meetingStart?.date ? { meetingStart: beside.meetingStart } : {}) };
  const inFile = (finding: Finding): Finding =>
    finding.place.kind === "cell" && besideSheets.has(finding.place.sheet) && rosterFile
      ? { ...finding, place: { ...finding.place, file: rosterFile } }
      : finding;
  return checkWorkbook([...grids, ...rosters], options)
    .sheets.filter((sheet) => own.has(sheet.sheet))
    .map((sheet) => ({ ...sheet, findings: sheet.findings.map(inFile) }));
}
