import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as checkCommand from "../../src/cli/check-command";
import { runCli } from "./cli-harness";

// checkFile as it is, but one test can make it fail as a bug in huiwu would.
jest.mock("../../src/cli/check-command", () => {
  const real = jest.requireActual("../../src/cli/check-command");
  return { ...real, checkFile: jest.fn(real.checkFile) };
});

describe("the huiwu program", () => {
  it("prints Chinese help with its commands", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用法：\s*huiwu/);
    expect(stdout).toMatch(/check \[options\] <files\.\.\.>/);
  });

  it.each(["check", "lint", "draft", "format", "cards", "track", "seating", "replies", "signin-sheet", "samples"])(
    "prints %s's help in Chinese, its -h said as 显示帮助",
    async (command) => {
      const { code, stdout } = await runCli([command, "-h"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^用法：\\s*huiwu ${command}`));
      expect(stdout).toMatch(/-h, --help\s+显示帮助/);
    },
  );

  it("exits 2 on an unknown command", async () => {
    const { code, stderr } = await runCli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^huiwu: 未知命令 “frobnicate”/);
  });

  describe("a bug in huiwu itself (an error that is no user error)", () => {
    const bug = () =>
      jest.mocked(checkCommand.checkFile).mockRejectedValueOnce(new TypeError("Cannot read properties of undefined"));

    it("says in one Chinese line that it is a bug and whom to give it to, without the English", async () => {
      bug();
      const { code, stderr } = await runCli(["check", "any.xlsx"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^huiwu: 内部错误：这是会务助手本身的缺陷.*请把所用的命令和文件交给维护人员[^\n]*\n$/);
      expect(stderr).not.toMatch(/Cannot read|TypeError/);
    });

    it.each([
      [["check", "any.xlsx", "--debug"], {}],
      [["check", "any.xlsx"], { HUIWU_DEBUG: "1" }],
    ])("gives the English detail and the stack with %j %j", async (args, env) => {
      bug();
      const saved = process.env.HUIWU_DEBUG;
      Object.assign(process.env, env);
      try {
        const { code, stderr } = await runCli(args);
        expect(code).toBe(2);
        expect(stderr).toMatch(/^huiwu: 内部错误：这是会务助手本身的缺陷/);
        expect(stderr).toContain("TypeError: Cannot read properties of undefined");
        expect(stderr).toMatch(/\bat .+:\d+/);
      } finally {
        if (saved === undefined) delete process.env.HUIWU_DEBUG;
        else process.env.HUIWU_DEBUG = saved;
      }
    });
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
