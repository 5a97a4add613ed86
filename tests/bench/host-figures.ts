import { cellsToMark, reportContent } from "../../src/core/report/report";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import { noticeOoxml } from "../../src/core/render";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { createWordHost } from "../../src/hosts/word/word-host";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { FakeExcel } from "../fakes/excel-fake";
import { FakeWord } from "../fakes/word-fake";
import { type Figure, atMost, plain } from "./figure";
import { signinWorkbook } from "./generate";

/** A 50,000-row register read, checked, marked and reported through the Excel adapter and the recording fake. */
export async function excelFigures(): Promise<Record<string, Figure>> {
  const excel = new FakeExcel();
  for (const grid of signinWorkbook(50_000)) excel.addSheet(grid.sheet, grid.rows);
  const host = createExcelHost(excel.run as never, () => true);
  const grids = await host.readWorkbook();
  const report = checkWorkbook(grids);
  const marks = cellsToMark(report.sheets);
  await host.markCells(marks);
  await host.writeReport(reportContent(report.sheets, "2026-12-03 10:00", {}));
  const findings = report.sheets.reduce((n, s) => n + s.findings.length, 0);
  return {
    "excel.rows": plain(50_000),
    "excel.findings": plain(findings),
    "excel.syncs": atMost(excel.syncs, 15),
    "excel.maxRequestBytes": atMost(Math.max(...excel.requestBytes), 5 * 1024 * 1024),
  };
}

/**
 * What a clerk waits for in Excel on the web, where every sync is a round trip of about 80 ms: reading, checking,
 * marking and reporting a register through the adapter, with the fake waiting that long at each sync.
 */
async function simulatedCheck(rows: number): Promise<{ ms: number; syncs: number }> {
  const excel = new FakeExcel();
  for (const grid of signinWorkbook(rows)) excel.addSheet(grid.sheet, grid.rows);
  excel.syncLatencyMs = 80;
  const host = createExcelHost(excel.run as never, () => true);
  const start = performance.now();
  const report = checkWorkbook(await host.readWorkbook());
  await host.markCells(cellsToMark(report.sheets));
  await host.writeReport(reportContent(report.sheets, "2026-12-03 10:00", {}));
  return { ms: performance.now() - start, syncs: excel.syncs };
}

export async function excelSimulatedFigures(): Promise<Record<string, Figure>> {
  const small = await simulatedCheck(5_000);
  const large = await simulatedCheck(50_000);
  return {
    "excel.simulatedMs.5k": atMost(small.ms, 2000),
    "excel.simulatedSyncs.5k": plain(small.syncs),
    "excel.simulatedMs.50k": plain(large.ms),
    "excel.simulatedSyncs.50k": plain(large.syncs),
  };
}

/** Inserting the full sample notice through the Word adapter. */
export async function wordFigures(): Promise<Record<string, Figure>> {
  const word = new FakeWord(["", ""]);
  await createWordHost(word.run as never, () => true).insertDraft(noticeOoxml(SAMPLE_NOTICE), false);
  return { "word.syncsPerNotice": atMost(word.syncs, 2) };
}
