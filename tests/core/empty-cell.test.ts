import fc from "fast-check";
import { isEmptyCell } from "../../src/core/table/grid";

describe("an empty cell", () => {
  it("is no value, or text of nothing but spaces of any kind", () => {
    for (const value of [null, undefined, "", " ", "\u3000", "\u00a0", "\ufeff", "\t\n"])
      expect(isEmptyCell(value)).toBe(true);
    for (const value of ["王", " 王", "\u3000合计", "0", "a", "·", 0, false]) expect(isEmptyCell(value)).toBe(false);
  });

  it("is a text trim leaves empty, whatever its first character", () => {
    const unit = fc.oneof(
      fc.constantFrom(" ", "\u3000", "\u00a0", "\ufeff", "\t", "\u2028", "\u200b", "王", "a", "\u33ff", "\ua000"),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 4 }), (units) => {
        const text = units.join("");
        return isEmptyCell(text) === (text.trim() === "");
      }),
      { numRuns: 5000 },
    );
  });
});
