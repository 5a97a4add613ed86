import { MARK_COLOURS, type ReportContent, cellsToMark, reportSheetName } from "../../core/report/report";
import { REPORT_LOOKS, reportSheet } from "../../core/report/report-sheet";
import type { SheetReport } from "../../core/rules/run-registers";
import type { Grid } from "../../core/table/grid";
import { validSheetNames } from "../../core/table/sheet-name";
import { jszipWithinLimits } from "./bounded-jszip";
import { FileReadError, workbookFormat } from "./file-error";
import { gridsToXlsx, tooLargeToWrite } from "./write-xlsx";
import { markCells } from "./xlsx-patch/mark-cells";
import { reportLayout, reportSheetXml } from "./xlsx-patch/report-sheet";
import { StyleSheet } from "./xlsx-patch/styles";
import { WorkbookParts, partText } from "./xlsx-patch/workbook-parts";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * The user's workbook with each faulty cell filled by severity and a 核对报告 sheet added. An .xlsx/.xlsm is
 * changed inside its package: only the marked cells' style index and appended styles change, so every other
 * cell keeps its value, style, border, number format, merge and width, and charts, pictures and macros stay.
 * Other formats (.xls, .et, .ods, .csv) become an .xlsx of the values the check read. The bytes the user opened
 * are only read.
 */
export async function checkedCopy(
  bytes: Uint8Array,
  fileName: string,
  grids: Grid[],
  sheets: SheetReport[],
  report: ReportContent,
): Promise<Uint8Array> {
  const load = (source: Uint8Array) =>
    jszipWithinLimits(source, fileName, `${fileName}：文件已损坏或不完整，无法生成核对结果`);
  let zip = workbookFormat(bytes, fileName) === "zip" ? await load(bytes) : null;
  // The copy's sheet names, where a converted file's (a .csv's file name, an .ods sheet's) are not Excel's.
  const names = new Map<string, string>();
  // An .ods is a zip too, but not an Office Open XML package: it becomes an .xlsx like the other formats.
  if (!zip?.file("[Content_Types].xml")) {
    const large = tooLargeToWrite(grids);
    if (large)
      throw new FileReadError(
        `${fileName}：工作表“${large.sheet}”有 ${large.rows.toLocaleString("en-US")} 行，又有一行写到第 ${large.columns.toLocaleString("en-US")} 列，核对结果副本过大，未生成；请删去远处多余的单元格后再试`,
      );
    const valid = validSheetNames(grids.map((grid) => grid.sheet));
    grids.forEach((grid, i) => names.set(grid.sheet, valid[i]));
    zip = await load(await gridsToXlsx(grids.map((grid, i) => ({ ...grid, sheet: valid[i] }))));
  }
  const nameInCopy = (sheet: string) => names.get(sheet) ?? sheet;
  const findings = report.rows.map((row) => ({ ...row, sheet: nameInCopy(row.sheet) }));
  const parts = await WorkbookParts.open(zip, fileName);
  const stylesPath = parts.workbookPath.replace(/[^/]+$/, "styles.xml");
  const styles = new StyleSheet((await partText(zip, stylesPath)) ?? undefined);

  for (const [sheetName, cells] of cellsToMark(sheets)) {
    const part = parts.sheets.find((s) => s.name === nameInCopy(sheetName));
    const xml = part && (await partText(zip, part.path));
    if (!part || !xml) continue;
    const marks = new Map([...cells].map(([address, severity]) => [address, argb(MARK_COLOURS[severity])]));
    zip.file(
      part.path,
      markCells(xml, marks, (base, colour) => styles.markedXf(base, colour)),
    );
  }

  const sheet = reportSheet({ ...report, rows: findings });
  const layout = reportLayout(sheet, styles.lookXfs(REPORT_LOOKS));
  await parts.addSheet(reportSheetName(parts.sheets.map((s) => s.name)), reportSheetXml(layout), layout.headerRow);
  zip.file(stylesPath, styles.toXml());
  // The sheets are the bulk of a big workbook, and level 3 packs them twice as fast as the default 6 for a tenth more bytes (13 MB of sheet XML: 0.36 s, 2.1 MB
  // against 0.78 s, 1.9 MB).
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 3 } });
}
