import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../src/core/table/grid";
import { gridsToXlsx } from "../../src/hosts/files/write-xlsx";
import { main } from "../../src/cli/main";

export const workdir = () => mkdtempSync(join(tmpdir(), "huiwu-test-"));

export async function writeXlsx(dir: string, name: string, grids: Grid[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await gridsToXlsx(grids));
  return path;
}

/** Runs `huiwu …` in-process and captures what it prints and its exit code. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}
