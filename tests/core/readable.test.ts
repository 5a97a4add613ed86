import { readableParagraph } from "../../src/core/document/readable";
import { checkDocument } from "../../src/core/rules/run-text";

describe("reading past the pinyin a web converter left in a text", () => {
  it("drops tone-marked pinyin after a character and keeps every other parenthesis", () => {
    expect(readableParagraph("縣市區(qū)農(nóng)業(yè)局(科)、第二次(扩大)会议(Office)").text).toBe(
      "縣市區農業局(科)、第二次(扩大)会议(Office)",
    );
  });

  it("maps a range of the read text back to the same words in the original", () => {
    const original = "在長(zhǎng)沙召開(kāi)";
    const read = readableParagraph(original);
    const start = read.text.indexOf("長沙");
    expect(original.slice(read.start(start), read.end(start + 2))).toBe("長(zhǎng)沙");
  });

  it("quotes the user's own text in a finding about a glossed paragraph", () => {
    const paragraphs = [
      "關(guān)于召開(kāi)全省種業(yè)工作會(huì)議的通知",
      "各市州農(nóng)業(yè)局:",
      "經(jīng)研究,定于2012年1月9日在長(zhǎng)沙召開(kāi)全省種業(yè)工作會(huì)議。",
    ];
    const { findings } = checkDocument({ paragraphs, kind: "notice" });
    const place = findings.find((f) => f.ruleId === "notice/place-imprecise");
    expect(place?.place).toMatchObject({ kind: "text", paragraph: 2, text: "長(zhǎng)沙" });
    expect(place?.message).toContain("长沙");
  });
});
