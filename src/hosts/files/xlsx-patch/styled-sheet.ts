import type JSZip from "jszip";
import type { CellLook, PageLook } from "../../../core/look/sheet-look";
import { cellAddress } from "../../../core/table/grid";
import { markCells } from "./mark-cells";
import { withPageSetup } from "./page-setup";
import { StyleSheet } from "./styles";
import { WorkbookParts, partText } from "./workbook-parts";

/** How the first sheet of a workbook SheetJS wrote is to look: each cell's look, the page, each row's height. */
export interface SheetStyling<L extends string> {
  looks: Record<L, CellLook>;
  cells: readonly (readonly (L | null)[])[];
  page: PageLook;
  /** Height in points of the 0-based row. */
  rowHeight: (row: number) => number;
  /** What follows the page setup in the sheet's XML, such as a footer. */
  after?: string;
}

/**
 * The workbook with its first sheet styled: one cell format per look appended to its styles, each cell given its
 * look's, the rows their heights, the page set up. The zip and its parts are returned for further changes.
 */
export async function styleFirstSheet<L extends string>(
  bytes: Uint8Array,
  fileName: string,
  styling: SheetStyling<L>,
): Promise<{ zip: JSZip; parts: WorkbookParts }> {
  const { default: JSZipClass } = await import("jszip");
  const zip = await JSZipClass.loadAsync(bytes);
  const parts = await WorkbookParts.open(zip, fileName);
  const part = parts.sheets[0];
  const stylesPath = parts.workbookPath.replace(/[^/]+$/, "styles.xml");
  const styles = new StyleSheet((await partText(zip, stylesPath)) ?? undefined);
  const xfs = styles.lookXfs(styling.looks);
  // markCells gives each cell the format its key names; here the key is the cell's look, not a colour.
  const looks = new Map<string, string>();
  styling.cells.forEach((row, r) => row.forEach((look, c) => look && looks.set(cellAddress(r, c), look)));
  const sheetXml = markCells((await partText(zip, part.path)) ?? "", looks, (_base, look) => xfs[look as L]);
  zip.file(part.path, withPageSetup(sheetXml, styling.page, styling.rowHeight, styling.after));
  zip.file(stylesPath, styles.toXml());
  return { zip, parts };
}
