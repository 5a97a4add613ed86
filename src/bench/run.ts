import { checkWorkbook } from "../core/rules/run-registers";
import type { Grid } from "../core/table/grid";
import { signinWorkbook } from "./generate";

interface Figure {
  value: number;
  target?: string;
  ok?: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The baseline: touch every cell once, turning it into a trimmed string. */
function scan(grids: Grid[]): number {
  let n = 0;
  for (const grid of grids)
    for (const row of grid.rows) for (const cell of row) n += (cell === null ? "" : String(cell)).trim().length;
  return n;
}

export function coreFigures(runs = 5): Record<string, Figure> {
  const big = signinWorkbook(100_000);
  checkWorkbook(big); // warm up the JIT and the converters
  const checkMs = time(() => checkWorkbook(big), runs);
  const scanMs = time(() => scan(big), runs);
  const perRow = (rows: number) => time(() => checkWorkbook(signinWorkbook(rows)), runs) / rows;
  const small = perRow(1_000);
  perRow(10_000);
  const large = checkMs / 100_000;
  const ratio = checkMs / scanMs;
  const scaling = large / small;
  return {
    "core.checkMs": { value: round(checkMs), target: "<= 1000", ok: checkMs <= 1000 },
    "core.scanMs": { value: round(scanMs) },
    "core.ratioToScan": { value: round(ratio), target: "<= 5", ok: ratio <= 5 },
    "core.rowsPerSecond": { value: Math.round(100_000 / (checkMs / 1000)) },
    "core.scaling": { value: round(scaling), target: "<= 1.5", ok: scaling <= 1.5 },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const json = process.argv.includes("--json");
const figures = coreFigures();
if (json) {
  process.stdout.write(
    JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, f.value])), null, 2) + "\n",
  );
} else {
  for (const [key, f] of Object.entries(figures)) {
    const verdict = f.target ? `  目标 ${f.target}  ${f.ok ? "达到" : "未达到"}` : "";
    process.stdout.write(`${key.padEnd(22)} ${String(f.value).padStart(10)}${verdict}\n`);
  }
}
