import type { CheckOptions } from "../../core/rules/config";
import { type SheetReport, checkWorkbook } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";
import { type RosterBeside, checkBeside } from "./check-beside";

/** One file opened in file mode, as far as pairing it with another goes. */
export interface OpenedFile {
  fileName: string;
  grids: Grid[];
  sheets: SheetReport[];
}

/**
 * The 参会名单 of another file opened together with this one, for a file that has a sign-in sheet or receipt
 * register but no 名单 of its own (an e-sign-in .csv beside 参会名单.xlsx): one check over several files. Null
 * where the file has its own 名单, needs none, or no other file has one.
 */
export function rosterBesideOf(files: readonly OpenedFile[], index: number): RosterBeside | null {
  const own = files[index];
  if (own.sheets.some((sheet) => sheet.kind === "roster")) return null;
  if (!own.sheets.some((sheet) => sheet.kind === "signin" || sheet.kind === "receipt")) return null;
  const other = files.find((file, i) => i !== index && file.sheets.some((sheet) => sheet.kind === "roster"));
  if (!other) return null;
  const rosterSheets = new Set(other.sheets.filter((sheet) => sheet.kind === "roster").map((sheet) => sheet.sheet));
  return { fileName: other.fileName, grids: other.grids.filter((grid) => rosterSheets.has(grid.sheet)) };
}

/**
 * File mode's check of the files opened together, as one host reads them (`fileOf` names each sheet's file): each
 * file on its own under `options`, and one with a sign-in sheet but no 名单 against the 名单 of another file.
 */
export function checkOpenedFiles(
  grids: Grid[],
  options: CheckOptions,
  fileOf: (sheet: string) => string | undefined,
): SheetReport[] {
  const files: OpenedFile[] = [];
  for (const grid of grids) {
    const fileName = fileOf(grid.sheet) ?? "";
    const file = files.find((f) => f.fileName === fileName);
    if (file) file.grids.push(grid);
    else files.push({ fileName, grids: [grid], sheets: [] });
  }
  for (const file of files) file.sheets = checkWorkbook(file.grids, options).sheets;
  return files.flatMap((file, index) => {
    const roster = rosterBesideOf(files, index);
    return roster ? checkBeside(file.grids, { roster }, options) : file.sheets;
  });
}
