// npm run bench [-- --json] [-- --phases]: every figure of docs/performance.md in one run.
import { bundleFigures } from "./bundle-figures";
import { coreFigures } from "./core-figures";
import type { Figure } from "./figure";
import { excelFigures, wordFigures } from "./host-figures";
import { phaseTimes } from "./phases";
import { renderFigures } from "./render-figures";
import { signinWorkbook } from "./generate";

const RUNS = 5;
const STATS = "build/pane-stats.json";

async function main(): Promise<void> {
  const figures: Record<string, Figure> = {
    ...(await coreFigures(RUNS)),
    ...(await excelFigures()),
    ...(await wordFigures()),
    ...(await renderFigures(RUNS)),
    ...bundleFigures(STATS),
  };
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
    process.stdout.write("\n100,000 行签到表各阶段耗时（毫秒，一次运行）：\n");
    const grids = signinWorkbook(100_000);
    phaseTimes(grids);
    const times = Object.entries(phaseTimes(grids)).sort((a, b) => b[1] - a[1]);
    for (const [phase, ms] of times.slice(0, 12)) process.stdout.write(`  ${phase.padEnd(28)} ${ms.toFixed(1)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`基准测试失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
