import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { GOOD_NOTICE } from "../../src/samples/notices";
import { type Figure, atMost, median, plain } from "./figure";
import { incomingRegister, signinWorkbook } from "./generate";

/** One whole process as the user waits for it: wall time, CPU time (user + system) and peak memory. */
interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

// Loaded with --require into the measured process: on exit it writes what the process used to a file.
const PROBE = `process.on("exit", () => {
  const cpu = process.cpuUsage();
  require("node:fs").writeFileSync(process.env.HUIWU_BENCH_PROBE, JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});`;

export class ProcessTimer {
  private readonly dir = mkdtempSync(join(tmpdir(), "huiwu-bench-"));
  private readonly probe = join(this.dir, "probe.cjs");
  private readonly probeOut = join(this.dir, "probe.json");

  constructor() {
    writeFileSync(this.probe, PROBE);
  }

  file(name: string, bytes: Uint8Array | string): string {
    const path = join(this.dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  /** The median of `runs` runs of `node args…` (after one warm-up run that fills the file cache). */
  median(args: string[], runs: number): ProcessRun {
    const samples: ProcessRun[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      const result = spawnSync(process.execPath, ["--require", this.probe, ...args], {
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...process.env, HUIWU_BENCH_PROBE: this.probeOut, NO_COLOR: "1" },
      });
      const wallMs = performance.now() - start;
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`node ${args.join(" ")} 退出码 ${result.status}：${result.stderr.toString().trim()}`);
      if (i > 0)
        samples.push({ wallMs, ...(JSON.parse(readFileSync(this.probeOut, "utf8")) as Omit<ProcessRun, "wallMs">) });
    }
    return {
      wallMs: median(samples.map((s) => s.wallMs)),
      cpuMs: median(samples.map((s) => s.cpuMs)),
      maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)),
    };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const CLI = resolve("dist/cli/huiwu.cjs");
const PARSE_FLOOR = resolve("build/parse-floor.cjs");

/** `huiwu check` on a file against the floor: the same file only read by the same reader in a bare process. */
function checkAgainstFloor(timer: ProcessTimer, key: string, path: string, runs: number): Record<string, Figure> {
  const check = timer.median([CLI, "check", path], runs);
  const floor = timer.median([PARSE_FLOOR, path], runs);
  return {
    [`${key}.checkMs`]: plain(check.wallMs),
    [`${key}.checkCpuMs`]: plain(check.cpuMs),
    [`${key}.parseFloorMs`]: plain(floor.wallMs),
    [`${key}.parseFloorCpuMs`]: plain(floor.cpuMs),
    [`${key}.ratioToFloor`]: atMost(check.wallMs / floor.wallMs, 1.3),
  };
}

/** The files the CLI figures check, as offices have them. */
export async function benchFiles(): Promise<
  Record<"signin2k" | "incoming20k" | "signin50k" | "signin100k" | "notice", [string, Uint8Array | string]>
> {
  return {
    signin2k: ["签到表2千行.xlsx", await gridsToXlsx(signinWorkbook(2_000))],
    incoming20k: ["收文登记表2万行.xlsx", await gridsToXlsx(incomingRegister(20_000))],
    signin50k: ["签到表5万行.xlsx", await gridsToXlsx(signinWorkbook(50_000))],
    signin100k: ["签到表10万行.xlsx", await gridsToXlsx(signinWorkbook(100_000))],
    notice: ["会议通知.txt", GOOD_NOTICE],
  };
}

/** The CLI as whole processes: start-up, checks at the sizes offices have, and the peak memory of a big check. */
export async function processFigures(runs: number): Promise<Record<string, Figure>> {
  const timer = new ProcessTimer();
  try {
    const files = await benchFiles();
    const [signin2k, incoming20k, signin100k, notice] = [
      files.signin2k,
      files.incoming20k,
      files.signin100k,
      files.notice,
    ].map(([name, bytes]) => timer.file(name, bytes));

    const bare = timer.median(["-e", "0"], runs);
    const help = timer.median([CLI, "--help"], runs);
    const lint = timer.median([CLI, "lint", notice], runs);
    const big = timer.median([CLI, "check", signin100k], 1);
    return {
      "cli.bareNodeMs": plain(bare.wallMs),
      "cli.startup.helpMs": plain(help.wallMs),
      "cli.startup.helpRatio": atMost(help.wallMs / bare.wallMs, 2),
      "cli.startup.lintMs": plain(lint.wallMs),
      "cli.startup.lintCpuMs": plain(lint.cpuMs),
      "cli.startup.lintRatio": atMost(lint.wallMs / bare.wallMs, 2),
      ...checkAgainstFloor(timer, "cli.signin2k", signin2k, runs),
      ...checkAgainstFloor(timer, "cli.incoming20k", incoming20k, runs),
      "cli.check100k.ms": plain(big.wallMs),
      "cli.check100k.maxRssMb": atMost(big.maxRssMb, 400),
    };
  } finally {
    timer.remove();
  }
}
