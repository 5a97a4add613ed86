import { attribute, unescapeXml, withAttribute } from "../../src/hosts/files/xlsx-patch/xml-text";

describe("xml-text: reading and setting attributes of a start tag", () => {
  it("turns references into characters, and keeps one that names no character as written", () => {
    expect(unescapeXml("&lt;&amp;&#x41;&#66;&#x1F600;")).toBe("<&AB😀");
    for (const reference of ["&#x110000;", "&#0;", "&#xD800;", "&#xFFFE;", `&#${"9".repeat(400)};`, "&#x00000000000;"])
      expect(unescapeXml(`a${reference}b`)).toBe(`a${reference}b`);
  });

  it("finds an attribute by its whole name, not inside another attribute's value", () => {
    const tag = `<c t="s" x:r='no' data="r=&quot;Z9&quot;" r = "B5" s="3">`;
    expect(attribute(tag, "r")).toBe("B5");
    expect(attribute(tag, "data")).toBe('r="Z9"');
    expect(attribute(tag, "x:r")).toBe("no");
    expect(attribute(tag, "q")).toBeNull();
    expect(attribute(`<c r="B5`, "r")).toBeNull();
  });

  it("sets an attribute in place or before the tag's end", () => {
    expect(withAttribute(`<c r="B5" s="3"/>`, "s", "7")).toBe(`<c r="B5" s="7"/>`);
    expect(withAttribute(`<c r="B5"  />`, "s", "7")).toBe(`<c r="B5" s="7"/>`);
    expect(withAttribute(`<row r="2">`, "s", "a&b")).toBe(`<row r="2" s="a&amp;b">`);
  });

  it("takes linear time on a tag of a million spaces or unclosed quotes", () => {
    const huge = [
      `<c${" ".repeat(1_000_000)}r="B5">`,
      `<c ${` r='x`.repeat(200_000)}>`,
      `<c ${`a="1"`.repeat(200_000)}>`,
    ];
    const started = Date.now();
    for (const tag of huge) {
      attribute(tag, "r");
      withAttribute(tag, "s", "1");
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
