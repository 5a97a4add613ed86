import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type Figure, atMost, plain } from "./figure";
import { ProcessTimer, benchFiles } from "./process-figures";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** File mode in chromium (scripts/bench-file-mode.mjs): a 50,000-row sheet to results, and to its checked copy. */
export async function browserFigures(runs: number): Promise<Record<string, Figure>> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`没有 ${CHROMIUM}：跳过文件模式的数字（apt-get install chromium）\n`);
    return {};
  }
  const timer = new ProcessTimer();
  try {
    const file = timer.file(...(await benchFiles()).signin50k);
    const run = spawnSync(process.execPath, ["scripts/bench-file-mode.mjs", file, String(runs)], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`文件模式基准失败：${run.stderr.trim()}`);
    const { resultsMs, parseMs, checkMs, showMs, copyMs } = JSON.parse(run.stdout) as Record<string, number>;
    return {
      "file.resultsMs": plain(resultsMs),
      "file.parseMs": plain(parseMs),
      "file.workerCheckMs": plain(checkMs),
      "file.showMs": plain(showMs),
      "file.resultsRatioToParse": atMost(resultsMs / parseMs, 1.3),
      "file.copyMs": plain(copyMs),
      "file.copyRatioToResults": atMost(copyMs / resultsMs, 0.5),
    };
  } finally {
    timer.remove();
  }
}
