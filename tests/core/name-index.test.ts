import { NameIndex } from "../../src/core/meeting/name-index";

describe("NameIndex", () => {
  it("numbers names in the order first added, and finds each again after the table has grown", () => {
    const names = new NameIndex(4);
    const keys = Array.from({ length: 5_000 }, (_, i) => `张${i.toString(36)}`);
    keys.forEach((key, i) => expect(names.add(key)).toBe(i));
    expect(names.size).toBe(keys.length);
    // Added again: the same number, nothing new.
    expect(names.add(keys[1234])).toBe(1234);
    expect(names.size).toBe(keys.length);
    keys.forEach((key, i) => expect(names.find(key)).toBe(i));
    expect(names.find("李四")).toBe(-1);
    expect(names.find("")).toBe(-1);
  });

  it("tells apart keys of one hash bucket, as a Map of the same keys does", () => {
    // Two-character keys over a small alphabet share buckets often in a table of 1,024.
    const names = new NameIndex(10);
    const map = new Map<string, number>();
    for (let i = 0; i < 3_000; i++) {
      const key = String.fromCharCode(0x4e00 + ((i * 7919) % 97), 0x4e00 + ((i * 104729) % 61));
      if (!map.has(key)) map.set(key, map.size);
      expect(names.add(key)).toBe(map.get(key));
    }
    for (const [key, number] of map) expect(names.find(key)).toBe(number);
  });
});
