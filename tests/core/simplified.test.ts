import fc from "fast-check";
import { ConverterBuilder } from "opencc-js/core";
import { configs, from, to } from "opencc-js/preset/t2cn";
import { matchKey, removeSpaces, toHalfWidth } from "../../src/core/text/normalize";
import {
  isMatchKeyForm,
  keyKeepsFirstUnit,
  mayConvert,
  startsWithKeptIdeograph,
  toSimplified,
} from "../../src/core/text/simplified";

/** OpenCC itself, built here: nothing of the product's shortcuts in front of it. */
const openCC = ConverterBuilder({ from, to, configs })({ from: "t", to: "cn" });
/** matchKey the long way: every step run, nothing cached or skipped. */
const fullKey = (text: string) => openCC(removeSpaces(toHalfWidth(text))).toLowerCase();

type Dict = string | (readonly string[])[];
const t2s = configs.t2s as unknown as { conversionChain: Dict[][]; normalizationChain?: Dict[][] };
const converting = [...(t2s.normalizationChain ?? []), ...t2s.conversionChain]
  .flat()
  .flatMap((dict) => (typeof dict === "string" ? dict.split("|").map((line) => line.split(" ")) : dict))
  .filter(([source, target]) => source !== target)
  .map(([source]) => source!);

describe("the shortcut past the name-key cache (isMatchKeyForm)", () => {
  it("takes ordinary simplified names, units and headers as they are", () => {
    for (const text of ["王伟芳", "欧阳娜娜", "阿依古丽·买买提", "县应急管理局", "联系电话", "a1-b"]) {
      expect(isMatchKeyForm(text)).toBe(true);
      expect(fullKey(text)).toBe(text);
    }
  });

  it("sends traditional characters, spaces, full-width forms and capitals the long way", () => {
    for (const text of ["張三", "王 伟", "王\u3000伟", "ＡＢ", "Abc", "李\u200b四", "明瞭"]) {
      expect([text, isMatchKeyForm(text)]).toEqual([text, false]);
      expect(fullKey(text)).not.toBe(text);
    }
    expect(isMatchKeyForm("沈思")).toBe(false); // OpenCC's phrase 沈思 → 沉思: the name key changes
    expect(isMatchKeyForm("沈伟")).toBe(true); // 沈 alone stays
  });

  it(`never takes a text in which any of the ${converting.length} converting dictionary entries appears`, () => {
    expect(converting.length).toBeGreaterThan(1000);
    for (const source of converting) {
      expect([source, isMatchKeyForm(source)]).toEqual([source, false]);
      expect([source, isMatchKeyForm(`王${source}伟`)]).toEqual([source, false]);
    }
  });

  it("takes no single character that matchKey would change (all 65,536 UTF-16 units)", () => {
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = String.fromCharCode(unit);
      if (isMatchKeyForm(text) && fullKey(text) !== text) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("agrees with the long way on mixed texts", () => {
    const pieces = fc.oneof(
      fc.constantFrom(...converting.slice(0, 3000)),
      fc.constantFrom(..."王李张沈明文乾干著着一上不后發发台臺里裡 \u3000ＡaA1·、"),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const text = parts.join("");
        return !isMatchKeyForm(text) || fullKey(text) === text;
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the shortcut past OpenCC (mayConvert)", () => {
  it(`sees every one of the converting dictionary entries, alone and inside a text`, () => {
    for (const source of converting) {
      expect([source, mayConvert(source)]).toEqual([source, true]);
      expect([source, mayConvert(`王${source}伟`)]).toEqual([source, true]);
    }
    expect(mayConvert("定于2026年12月3日（星期四）上午9:00召开，请各单位于12月1日前报送名单。")).toBe(false);
  });

  it("passes only texts OpenCC leaves as they are, and toSimplified and matchKey agree with OpenCC", () => {
    const pieces = fc.oneof(
      fc.constantFrom(...converting.slice(0, 3000)),
      fc.constantFrom(..."王李张沈明文乾干著着一上不后發发台臺里裡 \u3000ＡaA1·、（）：，"),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const text = parts.join("");
        expect(mayConvert(text) || openCC(text) === text).toBe(true);
        expect(toSimplified(text)).toBe(openCC(text));
        expect(matchKey(text)).toBe(fullKey(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a text whose key begins with its own first character (startsWithKeptIdeograph)", () => {
  it("keeps the first character of names and units, and not of a character a conversion begins with", () => {
    for (const text of ["王伟", "李四", "县财政局", "合计", "沈伟"]) expect(startsWithKeptIdeograph(text)).toBe(true);
    for (const text of ["張三", "總計", " 合计", "\u3000合计", "Ａ", "*姓名", "", "沈思", "沈", "沈 思", "沈\u3000思"])
      expect([text, startsWithKeptIdeograph(text)]).toEqual([text, false]);
  });

  it("holds for every text it says so of: the full key begins with the same character", () => {
    const ideographs = fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
      // Characters that begin phrases, with the second characters of some of them.
      fc.constantFrom("王", "李", "沈", "思", "后", "干", "面", "发"),
    );
    const texts = fc
      .tuple(ideographs, fc.array(fc.oneof(ideographs, fc.constantFrom(" ", "\u3000", "Ａ", "：", "張", "計"))))
      .map(([first, rest]) => first + rest.join(""));
    fc.assert(
      fc.property(texts, (text) => !startsWithKeptIdeograph(text) || fullKey(text)[0] === text[0]),
      { numRuns: 3000 },
    );
  });

  it("holds for a text beginning with any character (keyKeepsFirstUnit): digits, marks, Latin, CJK punctuation", () => {
    const any = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x3000, max: 0x303f }).map((code) => String.fromCharCode(code)),
      fc.constantFrom("王", "李", "沈", "思", "后", "發", "Ｙ", "\u3000", " ", "√"),
    );
    expect(keyKeepsFirstUnit("8:42")).toBe(true);
    expect(keyKeepsFirstUnit("Yes")).toBe(false);
    fc.assert(
      fc.property(fc.array(any, { minLength: 1, maxLength: 5 }), (units) => {
        const text = units.join("");
        return !keyKeepsFirstUnit(text) || (fullKey(text)[0] === text[0] && matchKey(text)[0] === text[0]);
      }),
      { numRuns: 5000 },
    );
  });
});
