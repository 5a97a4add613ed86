import { DRAFT_TAG, createWordHost } from "../../src/hosts/word/word-host";
import { HostError } from "../../src/hosts/office/host-error";
import { noticeOoxml } from "../../src/core/render";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";
import { FakeWord } from "../fakes/word-fake";

const TEXT = ["关于召开会议的通知", "定于12月3日召开，12月3日报到。", "联系人：王芳"];
const setup = (supported = true) => {
  const word = new FakeWord(TEXT);
  return { word, host: createWordHost(word.run as never, () => supported) };
};

describe("the Word adapter", () => {
  it("reads the body's paragraphs in one sync", async () => {
    const { word, host } = setup();
    expect(await host.readParagraphs()).toEqual(TEXT);
    expect(word.syncs).toBe(1);
  });

  it("leaves out text deleted under track changes, which Word on the web reads as part of the paragraph", async () => {
    // 定于12月3日 was changed to 定于12月5日 with track changes on; Word on the web reads both.
    const web = new FakeWord(["关于召开会议的通知", "定于12月3日12月5日召开，12月3日报到。", "联系人：王芳王芳"]);
    web.doc.deletions = [
      { paragraph: 1, start: 2, text: "12月3日" },
      { paragraph: 2, start: 4, text: "王芳" },
    ];
    const host = createWordHost(web.run as never, () => true);
    expect(await host.readParagraphs()).toEqual([
      "关于召开会议的通知",
      "定于12月5日召开，12月3日报到。",
      "联系人：王芳",
    ]);
    // One sync finds the deletions (WordApi 1.6), one reads Paragraph.getReviewedText("Current") (1.4).
    expect(web.syncs).toBe(2);
  });

  it("reads desktop Word's paragraphs, which already leave deletions out, as they are", async () => {
    const desktop = new FakeWord(["定于12月5日召开"]);
    desktop.doc.deletions = [{ paragraph: 0, start: 2, text: "12月3日" }];
    expect(await createWordHost(desktop.run as never, () => true).readParagraphs()).toEqual(["定于12月5日召开"]);
  });

  it("reads the reviewed text with WordApi 1.4 where Word cannot list tracked changes (below 1.6)", async () => {
    const word = new FakeWord(["定于12月3日12月5日召开", "联系人：王芳"]);
    word.doc.deletions = [{ paragraph: 0, start: 2, text: "12月3日" }];
    const host = createWordHost(word.run as never, (set, version) => set === "WordApi" && version !== "1.6");
    expect(await host.readParagraphs()).toEqual(["定于12月5日召开", "联系人：王芳"]);
    expect(word.syncs).toBe(2);
  });

  it("reads deleted text as Word gives it below WordApi 1.4 (Office 2016–2021), in one sync", async () => {
    const old = new FakeWord(["定于12月3日12月5日召开"]);
    old.doc.deletions = [{ paragraph: 0, start: 2, text: "12月3日" }];
    const host = createWordHost(
      old.run as never,
      (set, version) => set === "WordApi" && ["1.1", "1.3"].includes(version),
    );
    expect(await host.readParagraphs()).toEqual(["定于12月3日12月5日召开"]);
    expect(old.syncs).toBe(1);
  });

  it("inserts a notice in a tagged content control in at most two syncs", async () => {
    const { word, host } = setup();
    const ooxml = noticeOoxml(SAMPLE_NOTICE);
    expect(await host.insertDraft(ooxml, false)).toBe("inserted");
    expect(word.syncs).toBeLessThanOrEqual(2);
    expect(word.doc.controls).toEqual([{ tag: DRAFT_TAG, title: "会务助手草稿", ooxml }]);
    expect(word.doc.paragraphs).toEqual(TEXT);
  });

  it("replaces its earlier draft only after confirmation, and touches nothing else", async () => {
    const { word, host } = setup();
    await host.insertDraft("<first/>", false);
    expect(await host.insertDraft("<second/>", false)).toBe("needs-confirmation");
    expect(word.doc.controls.map((c) => c.ooxml)).toEqual(["<first/>"]);
    expect(await host.insertDraft("<second/>", true)).toBe("replaced");
    expect(word.doc.controls.map((c) => c.ooxml)).toEqual(["<second/>"]);
    expect(word.doc.paragraphs).toEqual(TEXT);
  });

  it("sets the page to A4 with GB/T 9704 margins where Word allows, and says so where it does not", async () => {
    const { word, host } = setup();
    expect(await host.fitPage()).toBe("set");
    expect(word.doc.pageSetup.paperSize).toBe("A4");
    expect(Math.round(word.doc.pageSetup.topMargin / (72 / 25.4))).toBe(37);
    expect(Math.round(word.doc.pageSetup.leftMargin / (72 / 25.4))).toBe(28);
    expect(await host.fitPage()).toBe("already");
    expect(await setup(false).host.fitPage()).toBe("unsupported");
  });

  it("never replaces the user's selected text without a yes", async () => {
    const { word, host } = setup();
    word.doc.selected = "会议议程";
    expect(await host.insertDraft("<draft/>", false)).toBe("selection-not-empty");
    expect(word.doc.controls).toEqual([]);
    expect(await host.insertDraft("<draft/>", true)).toBe("inserted");
    expect(word.doc.controls.map((c) => c.ooxml)).toEqual(["<draft/>"]);
  });

  it("selects the very occurrence a finding points at", async () => {
    const { word, host } = setup();
    await host.selectText({ paragraph: 1, start: 9, end: 14 }, "12月3日");
    expect(word.doc.selected).toBe("12月3日");
    await host.selectText({ paragraph: 0, start: 0, end: 300 }, "长".repeat(300));
    expect(word.doc.selected).toBe(TEXT[0]);
  });

  it("writes findings as comments where WordApi 1.4 exists", async () => {
    const { word, host } = setup();
    expect(
      await host.addComments([{ at: { paragraph: 2, start: 4, end: 6 }, text: "王芳", message: "联系电话缺失" }]),
    ).toBe(1);
    expect(word.doc.comments).toEqual([{ text: "王芳", comment: "会务助手：联系电话缺失" }]);
  });

  it("says in Chinese that an older Word cannot comment, and writes nothing", async () => {
    const { word, host } = setup(false);
    expect(host.supportsComments()).toBe(false);
    await expect(
      host.addComments([{ at: { paragraph: 0, start: 0, end: 2 }, text: "关于", message: "x" }]),
    ).rejects.toThrow(
      /不支持把问题作为批注加到文档中（需要 WordApi 1\.4：Office 2024 及以上、Microsoft 365、Office 网页版）/,
    );
    expect(word.doc.comments).toEqual([]);
  });

  it("applies a confirmed fix to its text only", async () => {
    const { word, host } = setup();
    await host.replaceText({ paragraph: 1, start: 2, end: 7 }, "12月3日", "2026年12月3日");
    expect(word.doc.paragraphs[1]).toBe("定于2026年12月3日召开，12月3日报到。");
    await expect(host.replaceText({ paragraph: 2, start: 0, end: 2 }, "不存在", "x")).rejects.toThrow(
      /已找不到“不存在”/,
    );
  });

  it("opens a .docx as a new document where WordApi 1.3 exists, in one sync", async () => {
    const { word, host } = setup();
    await host.openNewDocument("UEsDBA==");
    expect(word.doc.opened).toEqual(["UEsDBA=="]);
    expect(word.syncs).toBe(1);
    const old = setup(false);
    await expect(old.host.openNewDocument("UEsDBA==")).rejects.toThrow(
      /不支持把草稿作为新文档打开（需要 WordApi 1\.3：Office 2019 及以上.*），请改用“插入到文档”/,
    );
    // 桌签 cannot be inserted instead (insertOoxml carries no landscape page): the refusal says to download them.
    await expect(old.host.openNewDocument("UEsDBA==", "wordCardsDocument")).rejects.toThrow(
      /不支持把桌签作为横向 A4 的新文档打开（需要 WordApi 1\.3：.*），请下载桌签 \.docx/,
    );
    expect(old.word.doc.opened).toEqual([]);
  });

  it("maps Office errors to Chinese, e.g. a protected document", async () => {
    const { word, host } = setup();
    word.failWith = { code: "AccessDenied", message: "Access denied" };
    const error = await host.insertDraft("<x/>", false).catch((e) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error.message).toMatch(/受保护/);
  });

  it("replaces the body with a laid-out document and puts the original back from what it returned", async () => {
    const { word, host } = setup();
    const laidOut = noticeOoxml(SAMPLE_NOTICE);
    const replaced = await host.replaceBody({ ooxml: laidOut, docx: async () => new Uint8Array(), fileName: "x.docx" });
    expect(replaced.kind).toBe("replaced");
    expect(word.doc.bodyOoxml).toBe(laidOut);
    expect(word.doc.paragraphs.join("")).toContain("县政府三楼第一会议室");
    if (replaced.kind !== "replaced") throw new Error("expected the body replaced");
    await host.restoreBody(replaced.original);
    expect(word.doc.paragraphs).toEqual(TEXT);
  });
});
