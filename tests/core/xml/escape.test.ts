import {
  dropForbidden,
  spreadsheetCharacters,
  spreadsheetXml,
  wordRunParts,
  wordXml,
} from "../../../src/core/xml/escape";

describe("the one XML escaper", () => {
  it.each([
    ["A&B <会议室> \"3\" '号'", "A&amp;B &lt;会议室&gt; &quot;3&quot; &apos;号&apos;"],
    ["第一行\u000B第二行", "第一行_x000B_第二行"],
    ["\u0000\u0001\u001F\uFFFE\uFFFF", "_x0000__x0001__x001F__xFFFE__xFFFF_"],
    ["孤\uD800立", "孤_xD800_立"],
    ["已是 _x000B_ 字样", "已是 _x005F_x000B_ 字样"],
    ["_x00 与 _xZZZZ_ 不是转义", "_x00 与 _xZZZZ_ 不是转义"],
    ["😀\t换\n行\r", "😀&#9;换&#10;行&#13;"],
  ])("SpreadsheetML keeps %j as Excel's own escapes: %j", (text, xml) => {
    expect(spreadsheetXml(text)).toBe(xml);
  });

  it("gives SheetJS the text in Excel's escapes and leaves the XML escaping to it", () => {
    expect(spreadsheetCharacters("a&b\u000B_x0001_")).toBe("a&b_x000B__x005F_x0001_");
  });

  it.each([
    ["A&B <会议室>", "A&amp;B &lt;会议室&gt;"],
    ["王\u0001芳\uFFFF", "王芳"],
    ["第一行\u000B第二行", "第一行 第二行"],
    ["孤\uDC00立😀", "孤立😀"],
    ["_x000B_", "_x000B_"],
  ])("WordprocessingML drops what XML forbids from %j: %j", (text, xml) => {
    expect(wordXml(text)).toBe(xml);
  });

  it("keeps surrogate pairs and drops only lone surrogates", () => {
    expect(dropForbidden("\uD83D\uDE00\uD83D")).toBe("😀");
  });

  it("cuts a run's text at soft line breaks and tabs", () => {
    expect(wordRunParts("a\u000Bb\tc\u000B")).toEqual(["a", "\u000B", "b", "\t", "c", "\u000B"]);
  });
});
