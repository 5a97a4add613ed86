import { AppendError } from "../../core/tracking/register";
import { jszipWithinLimits } from "./bounded-jszip";
import { FileReadError, workbookFormat } from "./file-error";
import { isSheetProtected, lastRowWithContent } from "./xlsx-patch/sheet-facts";
import { WorkbookParts, partText } from "./xlsx-patch/workbook-parts";

/**
 * Rows are appended only to an Office Open XML workbook: an .xls, .et, .ods or .csv would come back rebuilt from its
 * values, its look and its dates' formats lost.
 */
export const appendNeedsXlsx = (fileName: string) =>
  new FileReadError(`${fileName}：只能追加到 .xlsx 督办台账；请在 Excel 或 WPS 中另存为 .xlsx 后再试`);

/** Something on or below the first row to append (`row`, 1-based): appending would write over it. */
export const contentBelowTable = (sheet: string, row: number) =>
  new AppendError(`工作表“${sheet}”的表格下面第 ${row} 行有公式或内容（如合计行），追加会覆盖它，未追加；请先把它移开`);

/** What a sheet's own XML says of appending to it, which its values cannot tell. */
export interface AppendTargetFacts {
  protected: boolean;
  /**
   * The 1-based number of its last row with a value or a formula: a formula saved without its result (a 合计 row a
   * program wrote) reads as an empty cell, but is there.
   */
  lastRowWithContent: number;
}

/** The facts of `sheet` (its name in the file) in an .xlsx/.xlsm; rejects with {@link appendNeedsXlsx} for any other. */
export async function appendTargetFacts(
  bytes: Uint8Array,
  fileName: string,
  sheet: string,
): Promise<AppendTargetFacts> {
  if (workbookFormat(bytes, fileName) !== "zip") throw appendNeedsXlsx(fileName);
  const zip = await jszipWithinLimits(bytes, fileName, `${fileName}：文件已损坏或不完整，未追加`);
  // An .ods is a zip too, but no Office Open XML package.
  if (!zip.file("[Content_Types].xml")) throw appendNeedsXlsx(fileName);
  const part = (await WorkbookParts.open(zip, fileName)).sheets.find((s) => s.name === sheet);
  const xml = part && (await partText(zip, part.path));
  if (!xml) throw new FileReadError(`${fileName}：找不到工作表“${sheet}”的内容`);
  return { protected: isSheetProtected(xml), lastRowWithContent: lastRowWithContent(xml) };
}
