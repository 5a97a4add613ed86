import { firstCharsOfWords, keyMayBeginWith } from "../../src/core/text/word-starts";
import { isSignedMark } from "../../src/core/table/typed-cells";

describe("ruling a text out of anchored words by its first character", () => {
  it("reads the first characters of each pattern's words, both cases where it ignores case", () => {
    const units = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
    expect(firstCharsOfWords([/^(合计|小计)/, /^(注|填表人?)[:：]/])).toEqual(units("合小注填"));
    expect(firstCharsOfWords([/^(yes|ok)$/i])).toEqual(units("yYoO"));
  });

  it("rules nothing out for a pattern that is not a plain list of words", () => {
    for (const pattern of [/^(?:合计)/, /^(人?数)/, /^[合小]计/, /合计/, /^(.计)/]) {
      expect(firstCharsOfWords([pattern])).toBeNull();
      expect(keyMayBeginWith("王伟", firstCharsOfWords([pattern]))).toBe(true);
    }
  });

  it("keeps texts whose key may still begin with one of them: spaced, full-width, traditional", () => {
    const firsts = firstCharsOfWords([/^(合计|总计)/]);
    for (const text of ["合计", " 合计", "\u3000合计", "總計", "Ｙ"]) expect(keyMayBeginWith(text, firsts)).toBe(true);
    for (const text of ["王伟", "8:42", "县财政局"]) expect(keyMayBeginWith(text, firsts)).toBe(false);
  });

  it("still reads a 签到 mark however it is written, and no time or name as one", () => {
    for (const mark of ["√", "已签到", "到", "是", "YES", "Ok", " y ", "ｙｅｓ", true])
      expect(isSignedMark(mark)).toBe(true);
    for (const other of ["8:42", "上午8时", "王伟", "到会", "", false, 46359.37])
      expect(isSignedMark(other)).toBe(false);
  });
});
