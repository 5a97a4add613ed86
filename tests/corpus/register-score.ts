import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Finding, cellOf } from "../../src/core/rules/finding";
import { checkWorkbook } from "../../src/core/rules/run-registers";
import type { Tally } from "../../src/core/meeting/tally";
import type { RegisterKind } from "../../src/core/table/kinds";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";

const DIR = join(process.cwd(), "tests", "corpus", "registers", "files");

/** A register of tests/corpus/registers: what a reader of RULES.md expects of each of its sheets. */
export interface RegisterAnnotation {
  id: string;
  layout: string;
  file: string;
  made: string;
  sheets: {
    sheet: string;
    kind: RegisterKind | null;
    headerRow: number | null;
    tally: Tally | null;
    findings: { ruleId: string; cell: string }[];
  }[];
}

export interface RegisterScore {
  id: string;
  file: string;
  /** Sheet facts read differently from the annotation: kind, header row, tally. */
  misread: string[];
  truePositives: Finding[];
  falsePositives: Finding[];
  missed: { sheet: string; ruleId: string; cell: string }[];
}

export async function scoreRegisters(): Promise<RegisterScore[]> {
  const scores: RegisterScore[] = [];
  for (const name of readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const annotation = JSON.parse(readFileSync(join(DIR, name), "utf8")) as RegisterAnnotation;
    const file = annotation.file.replace(/^files\//, "");
    const grids = await readWorkbookGrids(new Uint8Array(readFileSync(join(DIR, file))), file);
    const report = checkWorkbook(grids);
    const misread: string[] = [];
    for (const expected of annotation.sheets) {
      const sheet = report.sheets.find((s) => s.sheet === expected.sheet);
      if (!sheet) {
        misread.push(`${expected.sheet}：未读到`);
        continue;
      }
      if (sheet.kind !== expected.kind) misread.push(`${expected.sheet}：读作 ${sheet.kind}，应为 ${expected.kind}`);
      if (expected.kind && sheet.headerRow !== expected.headerRow)
        misread.push(`${expected.sheet}：表头在第 ${sheet.headerRow} 行，应为 ${expected.headerRow}`);
      // The figures; `parts` (who a figure counts) is the tally's explanation, not annotated.
      const { parts: _parts, ...figures } = sheet.tally ?? ({} as Tally);
      if (expected.tally && JSON.stringify(figures) !== JSON.stringify(expected.tally))
        misread.push(`${expected.sheet}：统计 ${JSON.stringify(sheet.tally)}，应为 ${JSON.stringify(expected.tally)}`);
    }
    // Each annotated finding matches one reported finding of its rule at its sheet and cell, as many as annotated.
    const wanted = annotation.sheets.flatMap((s) => s.findings.map((f) => ({ sheet: s.sheet, ...f })));
    const found = report.sheets.flatMap((s) => s.findings);
    const truePositives: Finding[] = [];
    const falsePositives: Finding[] = [];
    for (const finding of found) {
      const at = cellOf(finding);
      const i = wanted.findIndex((w) => w.ruleId === finding.ruleId && w.sheet === at?.sheet && w.cell === at?.cell);
      if (i < 0) falsePositives.push(finding);
      else {
        truePositives.push(finding);
        wanted.splice(i, 1);
      }
    }
    scores.push({ id: annotation.id, file, misread, truePositives, falsePositives, missed: wanted });
  }
  return scores;
}

export function registerFigures(scores: RegisterScore[]) {
  const right = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const wrong = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const missed = scores.reduce((n, s) => n + s.missed.length, 0);
  return {
    files: scores.length,
    precision: right / Math.max(1, right + wrong),
    recall: right / Math.max(1, right + missed),
    falseErrors: scores.flatMap((s) => s.falsePositives.filter((f) => f.severity === "error")),
    misread: scores.flatMap((s) => s.misread.map((m) => `${s.id} ${m}`)),
  };
}
