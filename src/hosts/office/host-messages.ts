import { HostError } from "./host-error";

/**
 * The Chinese errors every host gives (Excel, Word, WPS 表格 and 文字, file mode), written once so that a clerk reads
 * the same sentence whichever program the pane runs in.
 */

export const cancelledCheck = () => new HostError("已取消检查", "Cancelled");

/**
 * A protected sheet refused before anything was written: what could not be done, and the way out (审阅 → 撤销工作表保护).
 */
export const sheetProtected = (sheet: string, doing: string) =>
  new HostError(`工作表“${sheet}”受保护，无法${doing}。请先取消保护（审阅 → 撤销工作表保护）`, "AccessDenied");

/** Rows to append whose cells already hold something: nothing was appended. */
export const targetNotEmpty = (sheet: string, row: number) =>
  new HostError(`工作表“${sheet}”第 ${row + 1} 行以下已有内容，未追加，请重新检查后再试`, "Changed");

/** A cell to fix that no longer holds what the user saw: it is left as it is. */
export const cellChanged = (sheet: string, address: string, now: string) =>
  new HostError(`${sheet}!${address} 的内容已变为“${now}”，不再修改，请重新检查`, "Changed");

/** A sheet the check read that is no longer in the workbook. */
export const sheetGone = (sheet: string) =>
  new HostError(`工作表“${sheet}”已不在工作簿中（可能已改名或删除），请重新检查`, "ItemNotFound");

interface SwapCell {
  address: string;
  value: string;
}

/** Two cells to swap, unless either no longer holds what the user saw (`was`: what they hold now): then why not. */
export function swapRefused(sheet: string, a: SwapCell, b: SwapCell, was: readonly [string, string]): HostError | null {
  if (was[0] === a.value && was[1] === b.value) return null;
  const changed = was[0] !== a.value ? `${a.address} 的内容已变为“${was[0]}”` : `${b.address} 的内容已变为“${was[1]}”`;
  return new HostError(`${sheet}!${changed}，未交换，请重新检查`, "Changed");
}

/** The marks record of versions before 0.2 (a hidden sheet) that cannot be read: the way out is to discard it. */
export const legacyRecordCorrupt = () =>
  new HostError("旧版的标注记录已损坏，无法恢复原来的填充。可点“放弃标注记录”", "MarkRecordCorrupt");

/** A paragraph a finding points at that is no longer in the document. */
export const paragraphGone = () =>
  new HostError("要找的段落已不在文档中（文档可能已被修改），请重新检查", "ItemNotFound");

/** The text a fix would replace that is no longer where the check found it: nothing is changed. */
export const textGone = (text: string) =>
  new HostError(`文档中已找不到“${text}”（可能已被修改），请重新检查`, "ItemNotFound");

/** Whatever WPS's object model threw, in Chinese (a HostError is already in Chinese and passes as it is). */
export function wpsFailed(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return new HostError(`WPS 操作失败：${(error as Error)?.message ?? String(error)}`, "WpsError");
}
