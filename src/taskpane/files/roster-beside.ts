import type { SheetReport } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";
import type { RosterBeside } from "../../hosts/files/check-beside";

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
