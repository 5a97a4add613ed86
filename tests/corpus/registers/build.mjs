// Rebuilds the register corpus: each workbook below reproduces a layout of LAYOUTS.md, with faults planted by
// hand, and is saved through LibreOffice in the format offices use for it. Needs `soffice` (LibreOffice) and
// iconv; the files it writes are committed, so tests never need either.
//   node tests/corpus/registers/build.mjs [id …]   (only those workbooks: the others keep their committed bytes)
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { REGISTERS } from "./registers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "files");
const thin = { style: "thin" };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** `2026-12-03 09:10` and `2026-12-03` as Excel dates (UTC holds the wall time, as exceljs writes it). */
function cellValue(value) {
  if (typeof value !== "string") return value;
  const m = /^@(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2}))?$/.exec(value);
  if (!m) return value;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)));
}

async function writeXlsx(register, path) {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of register.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = cellValue(value);
        if (cell.value instanceof Date) cell.numFmt = /\d:\d/.test(value) ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd";
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
    const from = sheet.headerRow;
    const width = Math.max(...sheet.rows.map((r) => r.length));
    for (let r = from; r <= sheet.rows.length; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = BORDER;
    ws.columns.forEach((col) => (col.width = 14));
  }
  await workbook.xlsx.writeFile(path);
}

const work = mkdtempSync(join(tmpdir(), "registers-"));
const only = process.argv.slice(2);
for (const register of REGISTERS.filter((r) => only.length === 0 || only.includes(r.id))) {
  const source = join(work, `${register.id}.xlsx`);
  await writeXlsx(register, source);
  const [ext, encoding] = register.format.split(":");
  const target = join(out, `${register.id}.${ext}`);
  if (ext === "csv" || ext === "txt") {
    const filter = ext === "csv" ? "44,34,76" : "9,34,76";
    execFileSync("soffice", [
      "--headless",
      "--convert-to",
      `${ext}:Text - txt - csv (StarCalc):${filter}`,
      "--outdir",
      work,
      source,
    ]);
    const utf8 = readFileSync(join(work, `${register.id}.${ext}`));
    if (encoding === "gbk") writeFileSync(target, execFileSync("iconv", ["-f", "utf-8", "-t", "gbk"], { input: utf8 }));
    else if (encoding === "bom") writeFileSync(target, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
    else if (encoding === "utf16")
      writeFileSync(target, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8.toString("utf8"), "utf16le")]));
    else writeFileSync(target, utf8);
  } else if (ext === "xlsx") {
    execFileSync("soffice", ["--headless", "--convert-to", "xlsx", "--outdir", join(work, "lo"), source]);
    copyFileSync(join(work, "lo", `${register.id}.xlsx`), target);
  } else {
    execFileSync("soffice", ["--headless", "--convert-to", ext, "--outdir", work, source]);
    copyFileSync(join(work, `${register.id}.${ext}`), target);
  }
  const annotation = {
    id: register.id,
    layout: register.layout,
    file: `files/${register.id}.${ext}`,
    made: register.made,
    sheets: register.sheets.map((s) => ({
      sheet: ext === "csv" || ext === "txt" ? register.id : s.name,
      kind: s.kind,
      headerRow: s.kind ? s.headerRow : null,
      tally: s.tally ?? null,
      findings: s.findings.map(([ruleId, cell]) => ({ ruleId, cell })),
    })),
  };
  writeFileSync(join(out, `${register.id}.json`), JSON.stringify(annotation, null, 2) + "\n");
  console.log(`${register.id}.${ext}`);
}
rmSync(work, { recursive: true });
