import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { runCli } from "./cli-harness";

describe("the huiwu program", () => {
  it("prints Chinese help with its commands", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用法：\s*huiwu/);
    expect(stdout).toMatch(/check \[options\] <files\.\.\.>/);
  });

  it("exits 2 on an unknown command", async () => {
    const { code, stderr } = await runCli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^huiwu: 未知命令 “frobnicate”/);
  });

  const built = existsSync("dist/cli/huiwu.cjs");
  (built ? it : it.skip)("works as `npx --no-install huiwu` from the repository root after the build", () => {
    const version = execFileSync("npx", ["--no-install", "huiwu", "--version"], { encoding: "utf8" });
    expect(version.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    const missing = spawnSync("npx", ["--no-install", "huiwu", "check", "no-such-file.xlsx"], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/huiwu: no-such-file\.xlsx：文件不存在/);
  });
});
