import { MAX_INPUT_BYTES, pickedFileBytes } from "../../src/hosts/files/input-size";
import { runCli, workdir } from "../cli/cli-harness";
import { join } from "node:path";
import { truncateSync, writeFileSync } from "node:fs";

describe("an input past the size cap, before it is read", () => {
  const huge = 300 * 1024 * 1024;

  it("in file mode: the picked file's size is checked and its bytes are never read", async () => {
    const read = jest.fn(async () => new ArrayBuffer(0));
    await expect(pickedFileBytes({ name: "大表.xlsx", size: huge, arrayBuffer: read })).rejects.toThrow(
      /^大表\.xlsx：文件有 300 MB，超过 256 MB 的上限，不读取$/,
    );
    expect(read).not.toHaveBeenCalled();
    const small = await pickedFileBytes({
      name: "表.xlsx",
      size: 3,
      arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer,
    });
    expect([...small]).toEqual([1, 2, 3]);
    expect(MAX_INPUT_BYTES).toBe(256 * 1024 * 1024);
  });

  it("in the CLI: the same line", async () => {
    const path = join(workdir(), "大表.xlsx");
    writeFileSync(path, "");
    truncateSync(path, huge);
    const { code, stderr } = await runCli(["check", path]);
    expect(code).toBe(2);
    expect(stderr).toBe(`huiwu: ${path}：文件有 300 MB，超过 256 MB 的上限，不读取\n`);
  });
});
