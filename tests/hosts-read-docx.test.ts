import { paragraphsOfDocumentXml, readDocxParagraphs } from "../src/hosts/files/read-docx";
import { decodeText } from "../src/hosts/files/text-bytes";
import { docxOf } from "./fixtures/docx";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("reading the paragraphs of a .docx", () => {
  it("reads body paragraphs and table cells in document order", async () => {
    const bytes = await docxOf([
      "关于召开会议的通知",
      { table: [["联系人：王芳", "电话：0571-87654321"]] },
      "2026年11月25日",
    ]);
    expect(await readDocxParagraphs(bytes, "a.docx")).toEqual([
      "关于召开会议的通知",
      "联系人：王芳",
      "电话：0571-87654321",
      "2026年11月25日",
    ]);
  });

  it("leaves out text deleted in tracked changes and field codes, keeps inserted text and field results", async () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>定于</w:t></w:r><w:del><w:r><w:delText>明天</w:delText></w:r></w:del><w:ins><w:r><w:t>2026年12月3日</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:t>召开</w:t></w:r></w:p></w:body></w:document>`;
    expect(await paragraphsOfDocumentXml(xml)).toEqual(["定于2026年12月3日召开"]);
  });

  it("reads a text box as a paragraph of its own, not inside the paragraph that anchors it", async () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>正文</w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:r></w:p></w:body></w:document>`;
    expect(await paragraphsOfDocumentXml(xml)).toEqual(["文本框", "正文"]);
  });

  it.each([
    [new Uint8Array(0), /文件是空的/],
    [new TextEncoder().encode("通知正文"), /不是 \.docx 文件/],
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), /旧版 \.doc\/\.wps/],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), /已损坏或不完整/],
  ])("explains an unreadable file in Chinese", async (bytes, message) => {
    await expect(readDocxParagraphs(bytes, "x.docx")).rejects.toThrow(message);
  });

  it("reads GBK text as Chinese Windows saves it, and UTF-8 with a BOM", () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toBe("中文");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]))).toBe("中");
  });
});
