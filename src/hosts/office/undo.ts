/**
 * What Excel's undo does with the pane's writes, which depends on the build. ExcelApi 1.20 "adds undo support for
 * Excel JavaScript APIs" (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-20-requirement-set;
 * "Undo support with the Excel JavaScript API", GA 2025-09): from there the add-in's writes go on the user's undo
 * stack, and only the APIs Microsoft lists as unsupported clear it (Worksheet.delete / copy, addFromBase64, a sheet's
 * name, position or visibility) — not WorksheetCollection.add, values, fills, names or custom XML parts. Before it
 * (Office 2021 and 2024 as sold, and Microsoft 365 builds before the feature), any add-in write clears the undo stack.
 * WPS is not Office: what its undo does with a 加载项's writes is not documented.
 */
export type UndoBehaviour = "kept" | "cleared" | "unknown";

interface OfficeWithRequirements {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

export function excelUndoBehaviour(
  office: OfficeWithRequirements | undefined = (globalThis as { Office?: OfficeWithRequirements }).Office,
): UndoBehaviour {
  const requirements = office?.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return "unknown";
  try {
    return requirements.isSetSupported("ExcelApi", "1.20") ? "kept" : "cleared";
  } catch {
    return "unknown";
  }
}

/** The warning before the pane adds a sheet (座次图, 核对报告), or "" where adding one keeps the undo history. */
export function addSheetUndoWarning(behaviour: UndoBehaviour = excelUndoBehaviour()): string {
  if (behaviour === "kept") return "";
  if (behaviour === "cleared")
    return "注意：这个版本的 Excel 添加工作表会清空撤销记录（加载项的任何写入都会），此前的操作将无法再用“撤销”恢复。";
  return "注意：较早版本的 Excel 添加工作表会清空撤销记录，此前的操作可能无法再用“撤销”恢复。";
}

/** Said after a sheet was added without a question first (the report), only where the undo history is gone. */
export function addedSheetUndoNote(behaviour: UndoBehaviour = excelUndoBehaviour()): string {
  return behaviour === "cleared" ? "这个版本的 Excel 添加工作表会清空撤销记录，此前的操作已无法用“撤销”恢复。" : "";
}

/** How a fix can be taken back: here in the pane always, and with Excel's own 撤销 where the build keeps it. */
export function fixUndoNote(behaviour: UndoBehaviour = excelUndoBehaviour()): string {
  if (behaviour === "kept") return "可在此处或用 Excel 的“撤销”撤回。";
  if (behaviour === "cleared") return "这个版本的 Excel 无法撤销加载项的修改，可在此处撤销。";
  return "可在此处撤销。";
}
