import { noticeOoxml } from "../../src/core/render";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { DRAFT_TAG } from "../../src/hosts/word/word-host";
import { createWpsWordHost } from "../../src/hosts/wps/wps-word-host";
import type { WpsApplication } from "../../src/hosts/wps/wps-api";
import { FakeWpsWriter } from "../fakes/wps-fake";

const TEXT = ["关于召开会议的通知", "定于12月3日召开，12月3日报到。", "联系人：王芳"];
const setup = (paragraphs = TEXT) => {
  const wps = new FakeWpsWriter(paragraphs);
  return { wps, host: createWpsWordHost(wps.application as unknown as WpsApplication) };
};

describe("the WPS 文字 adapter", () => {
  it("reads the paragraphs without their paragraph marks", async () => {
    const { host } = setup();
    expect(await host.readParagraphs()).toEqual(TEXT);
  });

  it("leaves out text deleted under track changes, which WPS keeps in Range.Text", async () => {
    const { wps, host } = setup(["定于12月3日（星期三）召开，12月3日报到。", "联系人：王芳"]);
    wps.trackDeletion(0, "（星期三）");
    expect(await host.readParagraphs()).toEqual(["定于12月3日召开，12月3日报到。", "联系人：王芳"]);
  });

  it("selects the very occurrence a finding points at, past a tracked deletion", async () => {
    const { wps, host } = setup(["定于12月3日（星期三）召开，12月3日报到。"]);
    wps.trackDeletion(0, "（星期三）");
    await host.selectText({ paragraph: 0, start: 10, end: 15 }, "12月3日");
    expect(wps.selectedText).toBe("12月3日");
    expect(wps.selection.start).toBe(15);
  });

  it("writes findings as comments on their text, or on the paragraph when the text is gone", async () => {
    const { wps, host } = setup();
    const n = await host.addComments([
      { at: { paragraph: 1, start: 2, end: 7 }, text: "12月3日", message: "未写星期" },
      { at: { paragraph: 2, start: 0, end: 3 }, text: "不存在", message: "x" },
    ]);
    expect(n).toBe(2);
    expect(wps.comments).toEqual([
      { text: "12月3日", comment: "会务助手：未写星期" },
      { text: "联系人：王芳\r", comment: "会务助手：x" },
    ]);
    expect(host.supportsComments()).toBe(true);
  });

  it("applies a confirmed fix to its text only, and refuses when the text has changed", async () => {
    const { wps, host } = setup();
    await host.replaceText({ paragraph: 2, start: 4, end: 6 }, "王芳", "王芳（13800000000）");
    expect(wps.paragraphs[2]).toBe("联系人：王芳（13800000000）");
    await expect(host.replaceText({ paragraph: 0, start: 0, end: 2 }, "报告", "x")).rejects.toThrow(/已找不到“报告”/);
  });

  it("inserts a notice at the cursor in a tagged content control through Range.InsertXML", async () => {
    const { wps, host } = setup();
    wps.select(wps.text.length);
    const ooxml = noticeOoxml(SAMPLE_NOTICE);
    expect(await host.insertDraft(ooxml, false)).toBe("inserted");
    expect(wps.insertedXml).toEqual([ooxml]);
    expect(wps.controls.map((c) => [c.Tag, c.Title])).toEqual([[DRAFT_TAG, "会务助手草稿"]]);
    expect(wps.paragraphs.slice(0, 3)).toEqual(TEXT);
    expect(wps.paragraphs.length).toBeGreaterThan(3);
  });

  it("replaces its earlier draft only after confirmation, and never the user's selected text without a yes", async () => {
    const { wps, host } = setup();
    wps.select(0, 4);
    expect(await host.insertDraft("<w:p><w:t>甲</w:t></w:p>", false)).toBe("selection-not-empty");
    wps.select(wps.text.length);
    await host.insertDraft("<w:p><w:t>甲</w:t></w:p>", false);
    expect(await host.insertDraft("<w:p><w:t>乙</w:t></w:p>", false)).toBe("needs-confirmation");
    expect(wps.paragraphs).toEqual([...TEXT, "甲"]);
    expect(await host.insertDraft("<w:p><w:t>乙</w:t></w:p>", true)).toBe("replaced");
    expect(wps.paragraphs).toEqual([...TEXT, "乙"]);
    expect(wps.controls).toHaveLength(1);
  });

  it("says in Chinese that a WPS without Range.InsertXML cannot insert the draft, and cannot open a new document", async () => {
    const { wps, host } = setup();
    wps.noInsertXml = true;
    await expect(host.insertDraft("<w:p/>", false)).rejects.toThrow(/没有 Range\.InsertXML/);
    expect(host.supportsNewDocument()).toBe(false);
    await expect(host.openNewDocument("UEsDBA==")).rejects.toThrow(/不能把生成的 \.docx 写到本机/);
  });

  it("sets the page to A4 with GB/T 9704 margins, and says when it already is", async () => {
    const { wps, host } = setup();
    expect(await host.fitPage()).toBe("set");
    expect(wps.PageSetup).toMatchObject({ PaperSize: 7, TopMargin: 104.9, BottomMargin: 99.2, LeftMargin: 79.4 });
    expect(await host.fitPage()).toBe("already");
  });

  it("replaces the whole text with a laid-out document through Range.InsertXML, and restores it", async () => {
    const { wps, host } = setup();
    const replaced = await host.replaceBody({
      ooxml: noticeOoxml(SAMPLE_NOTICE),
      docx: async () => new Uint8Array(),
      fileName: "x.docx",
    });
    expect(wps.paragraphs.join("")).toContain("县政府三楼第一会议室");
    if (replaced.kind !== "replaced") throw new Error("expected the body replaced");
    await host.restoreBody(replaced.original);
    expect(wps.paragraphs).toEqual(TEXT);
  });

  it("says in Chinese that a WPS without Range.InsertXML cannot lay the document out, and leaves it as it was", async () => {
    const { wps, host } = setup();
    wps.noInsertXml = true;
    const laidOut = { ooxml: noticeOoxml(SAMPLE_NOTICE), docx: async () => new Uint8Array(), fileName: "x.docx" };
    await expect(host.replaceBody(laidOut)).rejects.toThrow(/不能替换整篇正文.*文件模式/);
    expect(wps.paragraphs).toEqual(TEXT);
  });
});
