// npm run bench [-- --json] [-- --phases]: every figure of docs/performance.md in one run.
import { browserFigures } from "./browser-figures";
import { bundleFigures } from "./bundle-figures";
import { coreFigures } from "./core-figures";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { checkedCopy } from "../../src/hosts/files/checked-copy";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { reportContent } from "../../src/core/report/report";
import { loadavg } from "node:os";
import { join } from "node:path";
import { type Figure, plain } from "./figure";
import { excelFigures, excelSimulatedFigures, wordFigures } from "./host-figures";
import { phaseTimes } from "./phases";
import { benchFiles, processFigures } from "./process-figures";
import { renderFigures } from "./render-figures";
import { incomingRegister, signinWorkbook } from "./generate";
import { checkWorkbook } from "../../src/core/rules/run-registers";

const RUNS = 5;
const STATS = "build/pane-chunks.json";

function averagePhases(grids: ReturnType<typeof signinWorkbook>, runs: number, rows: number): Record<string, number> {
  phaseTimes(grids);
  const sum: Record<string, number> = {};
  for (let i = 0; i < runs; i++)
    for (const [phase, ms] of Object.entries(phaseTimes(grids))) sum[phase] = (sum[phase] ?? 0) + ms;
  return Object.fromEntries(Object.entries(sum).map(([phase, ms]) => [phase, (ms / runs / rows) * 1000]));
}

/** Each group of figures by the prefix of its keys: `npm run bench -- --only cli,excel` runs those alone. */
const GROUPS: [string, () => Promise<Record<string, Figure>> | Record<string, Figure>][] = [
  ["cli", () => processFigures(RUNS)],
  ["core", () => coreFigures(RUNS)],
  ["file", () => browserFigures(3)],
  ["excel", async () => ({ ...(await excelFigures()), ...(await excelSimulatedFigures()) })],
  ["word", () => wordFigures()],
  ["render", () => renderFigures(RUNS)],
  ["bundle", () => bundleFigures(STATS)],
];

function chosenGroups(): string[] {
  const at = process.argv.indexOf("--only");
  return at > 0 ? process.argv[at + 1].split(",") : GROUPS.map(([name]) => name);
}

async function main(): Promise<void> {
  const loopAt = process.argv.indexOf("--check-loop");
  if (loopAt > 0) {
    // node --cpu-prof build/bench.cjs --check-loop shuffled: five checks of 100k rows, to profile.
    const which = process.argv[loopAt + 1];
    const chosen =
      which === "incoming"
        ? incomingRegister(20_000)
        : which === "shuffled"
          ? signinWorkbook(100_000, 7, true)
          : signinWorkbook(100_000);
    for (let i = 0; i < (which === "incoming" ? 20 : 5); i++) checkWorkbook(chosen);
    return;
  }
  const copyAt = process.argv.indexOf("--copy-loop");
  if (copyAt > 0) {
    // node --cpu-prof build/bench.cjs --copy-loop FILE: read, check and make the checked copy three times.
    const file = process.argv[copyAt + 1];
    const bytes = new Uint8Array(readFileSync(file));
    for (let i = 0; i < 3; i++) {
      const grids = await readWorkbookGrids(bytes, file);
      const sheets = checkWorkbook(grids).sheets;
      await checkedCopy(bytes, file, grids, sheets, reportContent(sheets, "2026-12-03 10:00", {}));
    }
    return;
  }
  const memoryAt = process.argv.indexOf("--memory-steps");
  if (memoryAt > 0) {
    // build/bench.cjs --memory-steps FILE: resident and heap memory after each step of a CLI check, in MB.
    const file = process.argv[memoryAt + 1];
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    let last = performance.now();
    const step = (name: string) => {
      const ms = Math.round(performance.now() - last);
      last = performance.now();
      const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
      const peak = process.resourceUsage().maxRSS / 1024;
      process.stdout.write(
        `${name.padEnd(8)} ${String(ms).padStart(5)} ms  rss ${mb(rss)} heap ${mb(heapUsed)} ext ${mb(external + arrayBuffers)} peak ${Math.round(peak)}\n`,
      );
    };
    step("start");
    const bytes = new Uint8Array(readFileSync(file));
    step("bytes");
    const grids = await readWorkbookGrids(bytes, file);
    step("read");
    (globalThis as { gc?: () => void }).gc?.();
    step("gc");
    const report = checkWorkbook(grids);
    step("check");
    process.stdout.write(`findings ${report.sheets.reduce((n, s) => n + s.findings.length, 0)}\n`);
    return;
  }
  const filesAt = process.argv.indexOf("--write-files");
  if (filesAt > 0) {
    // The generated files, to run `huiwu check` on them by hand or under a profiler.
    const dir = process.argv[filesAt + 1] ?? "bench-files";
    mkdirSync(dir, { recursive: true });
    for (const [name, bytes] of Object.values(await benchFiles())) writeFileSync(join(dir, name), bytes);
    process.stdout.write(`已写入 ${dir}\n`);
    return;
  }
  const chosen = chosenGroups();
  const figures: Record<string, Figure> = { "machine.loadAverage1m": plain(loadavg()[0]) };
  for (const [name, measure] of GROUPS) if (chosen.includes(name)) Object.assign(figures, await measure());
  figures["machine.loadAverageAfter1m"] = plain(loadavg()[0]);
  if (process.argv.includes("--json")) {
    const values = Object.fromEntries(Object.entries(figures).map(([key, f]) => [key, f.value]));
    const missed = Object.entries(figures)
      .filter(([, f]) => f.ok === false)
      .map(([key, f]) => `${key} ${f.target}`);
    process.stdout.write(JSON.stringify({ ...values, targetsMissed: missed }, null, 2) + "\n");
    return;
  }
  for (const [key, f] of Object.entries(figures)) {
    const verdict = f.target ? `  目标 ${f.target}  ${f.ok ? "达到" : "未达到"}` : "";
    process.stdout.write(`${key.padEnd(26)} ${String(f.value).padStart(12)}${verdict}\n`);
  }
  if (process.argv.includes("--phases")) {
    process.stdout.write("\n各阶段每 1000 行耗时（毫秒）：1,000 行表（50 次平均） / 100,000 行表（3 次平均）\n");
    const small = averagePhases(signinWorkbook(1_000), 50, 1_000);
    const large = averagePhases(signinWorkbook(100_000), 3, 100_000);
    const phases = Object.keys(large).sort((a, b) => large[b] - large[a]);
    for (const phase of phases.slice(0, 14)) {
      const line = `  ${phase.padEnd(28)} ${(small[phase] ?? 0).toFixed(2).padStart(8)} ${large[phase].toFixed(2).padStart(8)}`;
      process.stdout.write(line + "\n");
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`基准测试失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
