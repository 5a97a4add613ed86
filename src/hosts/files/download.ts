/** Offers bytes to the user as a download; nothing leaves the machine (a blob: URL in this page). */
export function offerDownload(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** `签到表.xlsx` → `签到表（核对结果）.xlsx`. */
export function copyName(fileName: string, suffix: string, ext: string): string {
  return `${fileName.replace(/\.[^.]+$/, "")}（${suffix}）${ext}`;
}

/** The checked copy's name: 签到表.xls → 签到表（核对结果）.xlsx; a macro workbook stays .xlsm. */
export function checkedCopyName(fileName: string): string {
  return copyName(fileName, "核对结果", /\.xlsm$/i.test(fileName) ? ".xlsm" : ".xlsx");
}
