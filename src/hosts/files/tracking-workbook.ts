import type { TrackingItem } from "../../core/tracking/items";
import { type Appending, AppendError, appendToTracking, newTrackingGrid } from "../../core/tracking/register";
import { readRegister } from "../../core/table/register-table";
import { cellAddress } from "../../core/table/grid";
import { appendNeedsXlsx, contentBelowTable } from "./append-refusals";
import { jszipWithinLimits } from "./bounded-jszip";
import { FileReadError, workbookFormat } from "./file-error";
import { readWorkbookGrids } from "./read-workbook";
import { gridsToXlsx } from "./write-xlsx";
import { type CellWrite, writeCells } from "./xlsx-patch/mark-cells";
import { StyleSheet } from "./xlsx-patch/styles";
import { extendTablesOver } from "./xlsx-patch/excel-tables";
import { isSheetProtected, lastRowWithContent } from "./xlsx-patch/sheet-facts";
import { WorkbookParts, partText } from "./xlsx-patch/workbook-parts";

/** Widths of 序号, 议定事项, 责任单位, 完成时限, 来源, 状态, 办理情况, 备注, in characters. */
const WIDTHS = [6, 48, 18, 14, 30, 8, 30, 30];

/** A new 督办台账 .xlsx holding `items`. */
export function newTrackingWorkbook(items: TrackingItem[]): Promise<Uint8Array> {
  return gridsToXlsx([{ ...newTrackingGrid(items), widths: WIDTHS }]);
}

/**
 * The 督办台账's sheet and what appending `items` to it adds. Only the sheet's name and origin are kept: the whole
 * workbook's grids (a 125,000-row 台账 is ~150 MB of cells) can be collected before the sheet's XML is patched.
 */
async function trackingAppending(
  bytes: Uint8Array,
  fileName: string,
  items: TrackingItem[],
): Promise<{ grid: { sheet: string; origin?: { row: number; col: number } }; appending: Appending }> {
  const grids = await readWorkbookGrids(bytes, fileName);
  const grid = grids.find((g) => readRegister(g).kind === "tracking");
  if (!grid) throw new AppendError(`${fileName}：没有找到督办台账（需要“议定事项”“责任单位”“完成时限”列）`);
  return { grid: { sheet: grid.sheet, origin: grid.origin }, appending: appendToTracking(grid, items) };
}

/**
 * `items` appended to the 督办台账 in an existing .xlsx: only the new rows' cells are written, each keeping the
 * style its row or column already has (a template's borders); every cell already there keeps its bytes.
 */
export async function appendToTrackingWorkbook(
  bytes: Uint8Array,
  fileName: string,
  items: TrackingItem[],
): Promise<{ bytes: Uint8Array; appending: Appending; sheet: string }> {
  if (workbookFormat(bytes, fileName) !== "zip" || /\.(ods)$/i.test(fileName)) throw appendNeedsXlsx(fileName);
  const { grid, appending } = await trackingAppending(bytes, fileName, items);
  if (appending.added === 0) return { bytes, appending, sheet: grid.sheet };

  const zip = await jszipWithinLimits(
    bytes,
    fileName,
    `${fileName}：文件已损坏或不完整，未追加。请在 Excel 或 WPS 中打开后重新保存为 .xlsx 再试`,
  );
  const parts = await WorkbookParts.open(zip, fileName);
  const part = parts.sheets.find((s) => s.name === grid.sheet);
  const sheetXml = part && (await partText(zip, part.path));
  if (!part || !sheetXml) throw new FileReadError(`${fileName}：找不到工作表“${grid.sheet}”的内容`);
  if (isSheetProtected(sheetXml))
    throw new AppendError(`工作表“${grid.sheet}”受保护，未追加；请先在 Excel 或 WPS 中撤销工作表保护再试`);
  const origin = grid.origin ?? { row: 0, col: 0 };
  const area = {
    sheet: grid.sheet,
    firstRow: origin.row + appending.firstRow,
    lastRow: origin.row + appending.firstRow + appending.rows.length - 1,
    firstCol: origin.col,
    lastCol: origin.col + (appending.rows[0]?.length ?? 1) - 1,
  };
  // A formula saved without its result reads as an empty cell: the sheet itself says the row is taken.
  const lastContent = lastRowWithContent(sheetXml);
  if (lastContent > area.firstRow) throw contentBelowTable(grid.sheet, lastContent);
  await extendTablesOver(zip, part.path, sheetXml, area);
  const stylesPath = parts.workbookPath.replace(/[^/]+$/, "styles.xml");
  const styles = new StyleSheet((await partText(zip, stylesPath)) ?? undefined);

  const values = new Map<string, CellWrite>();
  appending.rows.forEach((row, i) =>
    row.forEach((value, col) => {
      if (value === null || value === "") return;
      const address = cellAddress(area.firstRow + i, origin.col + col);
      const isDate = appending.dateColumns.includes(col) && typeof value === "number";
      values.set(
        address,
        isDate ? { number: value as number, style: (base) => styles.dateXf(base) } : (value as string | number),
      );
    }),
  );
  zip.file(part.path, writeCells(sheetXml, values));
  zip.file(stylesPath, styles.toXml());
  // Level 3, as for the checked copy: a 125,000-row sheet packs in half the time of the default 6.
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 3 } });
  return { bytes: out, appending, sheet: grid.sheet };
}
