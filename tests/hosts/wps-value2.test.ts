import { readBlock, readCell } from "../../src/hosts/wps/value2";
import type { EtRange } from "../../src/hosts/wps/wps-api";
import { FakeEt } from "../fakes/wps-fake";

const range = (Value2: unknown) => ({ Value2 }) as EtRange;
const items = (rows: unknown[][]) => ({
  Count: rows.length * rows[0].length,
  Item: (r: number, c: number) => rows[r - 1][c - 1],
});

describe("reading Range.Value2 in whichever shape WPS gives it", () => {
  it("reads a block given as an array of rows, as an object with 1-based Item(r, c), or as one flat row", () => {
    const rows = [
      ["姓名", 3, undefined],
      [true, "", null],
    ];
    const expected = [
      ["姓名", 3, null],
      [true, null, null],
    ];
    expect(readBlock(range(rows), 2, 3)).toEqual(expected);
    expect(readBlock(range(items(rows)), 2, 3)).toEqual(expected);
    expect(readBlock(range(["a", "b"]), 1, 2)).toEqual([["a", "b"]]);
    expect(readBlock(range(["a", "b"]), 2, 1)).toEqual([["a"], ["b"]]);
  });

  it("reads one cell given as a scalar, or wrapped in either shape", () => {
    expect(readCell(range("张三"))).toBe("张三");
    expect(readCell(range(undefined))).toBeNull();
    expect(readCell(range([[42]]))).toBe(42);
    expect(readCell(range(items([["x"]])))).toBe("x");
    expect(readBlock(range(7), 1, 1)).toEqual([[7]]);
  });

  it("is what the item-shaped fake needs: its blocks have no array methods", () => {
    const et = new FakeEt();
    et.value2Shape = "item";
    const sheet = et.addSheet("s", [
      ["a", "b"],
      ["c", "d"],
    ]);
    const block = sheet.Range("A1:B2");
    expect(Array.isArray(block.Value2)).toBe(false);
    expect(readBlock(block as unknown as EtRange, 2, 2)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
});
