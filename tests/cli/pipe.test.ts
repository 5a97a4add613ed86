import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_WORKBOOKS } from "../../src/samples";
import { workdir, writeXlsx } from "./cli-harness";

const BUILT = join(__dirname, "../../dist/cli/huiwu.cjs");
const dir = workdir();

// The built command as a shell runs it (npm test builds before the unit tests).
(existsSync(BUILT) ? it : it.skip)(
  "stops quietly when the reader of its output stops early (huiwu check … | head)",
  async () => {
    const file = await writeXlsx(dir, "签到表.xlsx", SAMPLE_WORKBOOKS[0].grids);
    // Far more output than a pipe holds, so the command is still writing when the reader goes away.
    const child = spawn(process.execPath, [BUILT, "check", ...Array(80).fill(file)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).not.toBeNull();
  },
  60_000,
);
