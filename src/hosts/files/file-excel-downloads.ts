import { checkedAtNow } from "../../core/report/checked-at";
import { type ReportContent, reportContent } from "../../core/report/report";
import type { Finding, Severity } from "../../core/rules/finding";
import type { SheetReport } from "../../core/rules/run-registers";
import type { SeatingChart } from "../../core/seating/chart";
import type { CellValue, Grid } from "../../core/table/grid";
import { validSheetNames } from "../../core/table/sheet-name";
import { jszipWithinLimits } from "./bounded-jszip";
import { checkedCopy } from "./checked-copy";
import { XLSX_TYPE, checkedCopyName, copyName } from "./download";
import { FileReadError, workbookFormat } from "./file-error";
import { seatingWorkbook } from "./seating-workbook";
import { gridsToXlsx } from "./write-xlsx";
import { type AppendArea, extendTablesOver } from "./xlsx-patch/excel-tables";
import { type CellWrite, writeCells } from "./xlsx-patch/mark-cells";
import { StyleSheet } from "./xlsx-patch/styles";
import { WorkbookParts, partText } from "./xlsx-patch/workbook-parts";

export interface FileDownload {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

/** What was written to one opened file in memory, by the file's own sheet names. */
export interface PendingFile {
  fileName: string;
  bytes: () => Promise<Uint8Array>;
  /** Its sheets as they are now (with the writes). */
  grids: Grid[];
  marks: Map<string, Map<string, Severity>>;
  writes: Map<string, Map<string, { value: CellValue; date: boolean }>>;
  /** Rows appended under a sheet's data (`writes` holds their cells): an Excel table ending above grows over them. */
  appended?: Map<string, AppendArea[]>;
  report: ReportContent | null;
  /** The 座次图 made beside it: each downloads as a workbook of its own. */
  charts: SeatingChart[];
  /** Its sheets the file worker holds (their grids are stand-ins; the worker uses its own with the writes). */
  held?: string[];
}

/** The marks as the findings `checkedCopy` colours cells by (it marks each finding's cell by severity). */
function marksAsSheets(marks: PendingFile["marks"]): SheetReport[] {
  return [...marks].map(([sheet, cells]) => ({
    sheet,
    kind: null,
    headerRow: null,
    dataRows: 0,
    meetingStart: null,
    findings: [...cells].map(([cell, severity]): Finding => ({
      ruleId: "mark",
      messageId: "mark",
      severity,
      message: "",
      place: { kind: "cell", sheet, cell, row: 0, related: [] },
      data: {},
      fix: null,
    })),
  }));
}

/** The .xlsx/.xlsm the user opened with the written cells patched in; every other byte of each sheet kept. */
async function withWrites(bytes: Uint8Array, file: PendingFile): Promise<Uint8Array> {
  const zip = await jszipWithinLimits(bytes, file.fileName, `${file.fileName}：文件已损坏或不完整，未生成副本`);
  const parts = await WorkbookParts.open(zip, file.fileName);
  const stylesPath = parts.workbookPath.replace(/[^/]+$/, "styles.xml");
  const styles = new StyleSheet((await partText(zip, stylesPath)) ?? undefined);
  for (const [sheet, cells] of file.writes) {
    const part = parts.sheets.find((s) => s.name === sheet);
    const xml = part && (await partText(zip, part.path));
    if (!part || !xml) throw new FileReadError(`${file.fileName}：找不到工作表“${sheet}”的内容`);
    for (const area of file.appended?.get(sheet) ?? []) await extendTablesOver(zip, part.path, xml, area);
    const values = new Map<string, CellWrite>();
    for (const [address, { value, date }] of cells) {
      if (date && typeof value === "number")
        values.set(address, { number: value, style: (base) => styles.dateXf(base) });
      else values.set(address, typeof value === "number" ? value : value === null ? "" : String(value));
    }
    zip.file(part.path, writeCells(xml, values));
  }
  zip.file(stylesPath, styles.toXml());
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 3 } });
}

const isPackage = async (bytes: Uint8Array, fileName: string) =>
  workbookFormat(bytes, fileName) === "zip" &&
  !!(await jszipWithinLimits(bytes, fileName, `${fileName}：文件已损坏或不完整`)).file("[Content_Types].xml");

/** The sheet a chart's people were seated from: the one holding most of its names. */
export function rosterOf(chart: SeatingChart, grids: Grid[]): Grid | undefined {
  const names = new Set(chart.seats.map((seat) => seat.name).filter(Boolean));
  const score = (grid: Grid) => grid.rows.reduce((n, row) => n + (row.some((v) => names.has(String(v))) ? 1 : 0), 0);
  const scored = grids.map((grid) => ({ grid, score: score(grid) })).filter((s) => s.score > 0);
  return scored.sort((a, b) => b.score - a.score)[0]?.grid;
}

/**
 * The new files the writes make: each written file's checked copy (its cells written, marked, its 核对报告) named
 * `名（核对结果）.xlsx`, and each 座次图 with the 名单 it was made from, `名（座次图）.xlsx`. The opened files stay.
 */
export async function fileDownloads(files: PendingFile[], checkedAt = checkedAtNow()): Promise<FileDownload[]> {
  const out: FileDownload[] = [];
  for (const file of files) {
    if (file.marks.size > 0 || file.writes.size > 0 || file.report) {
      const opened = await file.bytes();
      const patched = file.writes.size > 0 && (await isPackage(opened, file.fileName));
      const bytes = patched ? await withWrites(opened, file) : opened;
      const copy =
        file.report || file.marks.size > 0
          ? await checkedCopy(
              bytes,
              file.fileName,
              file.grids,
              marksAsSheets(file.marks),
              file.report ?? reportContent([], checkedAt, {}),
            )
          : patched
            ? bytes
            : await gridsToXlsx(
                file.grids.map((g, i, all) => ({ ...g, sheet: validSheetNames(all.map((a) => a.sheet))[i] })),
              );
      out.push({ fileName: checkedCopyName(file.fileName), bytes: copy, type: XLSX_TYPE });
    }
    for (const chart of file.charts) {
      const roster = rosterOf(chart, file.grids);
      const bytes = await seatingWorkbook(chart, roster ? [{ ...roster, origin: undefined }] : []);
      out.push({ fileName: copyName(file.fileName, chart.sheet, ".xlsx"), bytes, type: XLSX_TYPE });
    }
  }
  return out;
}
