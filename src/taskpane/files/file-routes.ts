import type { SheetReport } from "../../core/rules/run-registers";

/** The file mode's tasks, as the start screen and the tabs name them. */
export type FileTask = "registers" | "seating" | "notice" | "replies" | "minutes" | "documents" | "tracking";

export const FILE_TASKS: readonly FileTask[] = [
  "registers",
  "seating",
  "notice",
  "replies",
  "minutes",
  "documents",
  "tracking",
];

/** Files given to the task that reads them, with the line that says why they are there. */
export interface FileRoute {
  to: FileTask;
  files?: File[];
  note?: string;
}

/** What a task is handed to open: `id` tells one hand-over from the next. */
export interface HandedFiles {
  files: File[];
  note?: string;
  id: number;
}

export const isWordFile = (name: string) => /\.(docx|docm|dotx|doc|wps)$/i.test(name);
export const isSheetFile = (name: string) => /\.(xlsx|xlsm|xls|et|ett|ods|csv)$/i.test(name);

/** A workbook that is a 参会名单 and nothing else to check: its place is 座次图与桌签. */
export function isRosterOnly(sheets: readonly SheetReport[]): boolean {
  return sheets.some((s) => s.kind === "roster") && sheets.every((s) => s.kind === "roster" || s.kind === null);
}

export const hasRoster = (sheets: readonly SheetReport[]) => sheets.some((s) => s.kind === "roster");
