import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { SAMPLE_MINUTES } from "../../src/samples/draft-inputs";
import { track } from "../../src/cli/track-command";
import { updateUserFile } from "../../src/cli/safe-replace";
import { readWorkbookGrids } from "../../src/hosts/files/read-workbook";
import { runCli, workdir } from "./cli-harness";

const dir = workdir();
let n = 0;
/** Minutes (the draft's .json) deciding `matters`, each with an owner and a deadline. */
const minutes = (matters: string[]) => {
  const path = join(dir, `m${n++}.json`);
  const decisions = matters.map((text) => ({ text, owner: "县应急管理局", deadline: "2026-12-31" }));
  writeFileSync(path, JSON.stringify({ ...SAMPLE_MINUTES, decisions }));
  return path;
};
/** A fresh 督办台账 with one item, in a folder of its own. */
const register = async (name = "督办台账.xlsx") => {
  const folder = join(dir, `r${n++}`);
  mkdirSync(folder);
  const path = join(folder, name);
  expect((await runCli(["track", minutes(["修订县级应急预案"]), "-o", path])).code).toBe(0);
  return path;
};
const mattersIn = async (path: string) => {
  const [grid] = await readWorkbookGrids(new Uint8Array(readFileSync(path)), "台账.xlsx");
  return grid.rows.slice(2).map((row) => String(row[1]));
};
const leftovers = (path: string) => readdirSync(join(path, "..")).filter((f) => /huiwu/.test(f));

describe("track replaces the user's 督办台账 safely", () => {
  it("keeps a private file private and its owner", async () => {
    const path = await register();
    chmodSync(path, 0o600);
    chownSync(path, 1234, 1234);
    const { code, stdout } = await runCli(["track", minutes(["开展安全检查"]), "-o", path]);
    expect(code).toBe(0);
    expect(stdout).toContain("末尾追加 1 项");
    const info = statSync(path);
    expect(info.mode & 0o777).toBe(0o600);
    expect([info.uid, info.gid]).toEqual([1234, 1234]);
    expect(leftovers(path)).toEqual([]);
  });

  it("refuses a read-only file in one Chinese line and leaves it as it was, even as root", async () => {
    const path = await register();
    chmodSync(path, 0o444);
    const bytes = readFileSync(path);
    const { code, stderr } = await runCli(["track", minutes(["开展安全检查"]), "-o", path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/文件是只读的，未修改/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(leftovers(path)).toEqual([]);
  });

  it("writes through a symlink to its target, and the link stays a link", async () => {
    const path = await register();
    const link = join(path, "..", "链接.xlsx");
    symlinkSync(path, link);
    expect((await runCli(["track", minutes(["开展安全检查"]), "-o", link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await mattersIn(path)).toEqual(["修订县级应急预案", "开展安全检查"]);
  });

  it.each([["~$督办台账.xlsx"], [".~lock.督办台账.xlsx#"]])("refuses a file that %s shows open", async (lock) => {
    const path = await register();
    writeFileSync(join(path, "..", lock), "");
    const bytes = readFileSync(path);
    const { code, stderr } = await runCli(["track", minutes(["开展安全检查"]), "-o", path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/正在 Excel、WPS 或 LibreOffice 中打开/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("refuses rather than lose a change another program saved after the file was read", async () => {
    const path = await register();
    const saved = Buffer.from("another program's save");
    await expect(
      updateUserFile(path, async (bytes) => {
        writeFileSync(path, saved);
        return { bytes: new Uint8Array([...bytes, 1]), result: null };
      }),
    ).rejects.toThrow(/读取之后文件已被其他程序修改，为免丢失那次修改，未写入；请重新运行/);
    expect(readFileSync(path).equals(saved)).toBe(true);
    expect(leftovers(path)).toEqual([]);
  });

  it("refuses a file with a second hard link, which a replacement would leave behind", async () => {
    const path = await register();
    linkSync(path, join(path, "..", "备份.xlsx"));
    const { code, stderr } = await runCli(["track", minutes(["开展安全检查"]), "-o", path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/多个硬链接/);
  });

  it("clears temp files and a lock left by a killed run, and leaves none of its own", async () => {
    const path = await register();
    const folder = join(path, "..");
    const dead = 999_999_999;
    writeFileSync(join(folder, `.督办台账.xlsx.huiwu-${dead}-0a1b2c3d.tmp`), "half");
    writeFileSync(join(folder, `督办台账.xlsx.huiwu-${dead}.tmp`), "half");
    writeFileSync(join(folder, ".督办台账.xlsx.huiwu-lock"), `${dead} ${hostname()} x\n`);
    const { code } = await runCli(["track", minutes(["开展安全检查"]), "-o", path]);
    expect(code).toBe(0);
    expect(leftovers(path)).toEqual([]);
    expect(await mattersIn(path)).toEqual(["修订县级应急预案", "开展安全检查"]);
  });

  it("four appends at once each add their items: none is lost", async () => {
    const path = await register();
    const inputs = [1, 2, 3, 4].map((k) => minutes([`事项${k}甲`, `事项${k}乙`, `事项${k}丙`]));
    const results = await Promise.all(inputs.map((input) => track(input, path)));
    results.forEach((lines) => expect(lines[0]).toContain("末尾追加 3 项"));
    const matters = await mattersIn(path);
    expect(matters).toHaveLength(13);
    for (let k = 1; k <= 4; k++) expect(matters).toEqual(expect.arrayContaining([`事项${k}甲`, `事项${k}丙`]));
    expect(leftovers(path)).toEqual([]);
  });

  it("property: two appends interleaved at random never lose an item", async () => {
    const matter = fc
      .constantFrom("甲", "乙", "丙", "丁", "戊", "己")
      .chain((a) => fc.integer({ min: 1, max: 99 }).map((k) => `检查${a}${k}号`));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(matter, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(matter, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        async (first, second, delayFirst, delaySecond) => {
          const path = await register();
          const later = (ms: number, matters: string[]) =>
            new Promise<string[]>((resolve, reject) =>
              setTimeout(() => track(minutes(matters), path).then(resolve, reject), ms),
            );
          await Promise.all([later(delayFirst, first), later(delaySecond, second)]);
          const matters = await mattersIn(path);
          const expected = new Set(["修订县级应急预案", ...first, ...second]);
          expect(new Set(matters)).toEqual(expected);
          expect(matters).toHaveLength(expected.size);
          expect(leftovers(path)).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });

  it("a register made by another run meanwhile is appended to, not refused", async () => {
    const folder = join(dir, "fresh");
    mkdirSync(folder);
    const path = join(folder, "台账.xlsx");
    await Promise.all([track(minutes(["甲事项"]), path), track(minutes(["乙事项"]), path)]);
    expect((await mattersIn(path)).sort()).toEqual(["乙事项", "甲事项"]);
  });
});
