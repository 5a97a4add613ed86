import { formatParagraphs, formattedDocx, formattedOoxml } from "../../src/core/format";
import { minutesDocx } from "../../src/core/render";
import { checkDocument } from "../../src/core/rules/run-text";
import { toBase64 } from "../../src/hosts/files/base64";
import { createFileWordHost } from "../../src/hosts/files/file-word-host";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { SAMPLE_MINUTES } from "../../src/samples/draft-inputs";
import { FAULTY_NOTICE } from "../../src/samples/notices";

const setup = () => {
  const delivered: { bytes: Uint8Array; fileName: string }[] = [];
  const selected: { paragraph: number; text: string }[] = [];
  const host = createFileWordHost({
    deliver: (bytes, fileName) => delivered.push({ bytes, fileName }),
    onSelect: (at, text) => selected.push({ paragraph: at.paragraph, text }),
  });
  return { host, delivered, selected };
};

describe("the file-mode Word host", () => {
  it("reads nothing before a file is opened, then the opened paragraphs", async () => {
    const { host } = setup();
    expect(await host.readParagraphs()).toEqual([]);
    host.open({ name: "通知.txt", paragraphs: FAULTY_NOTICE.split("\n") });
    expect(await host.readParagraphs()).toEqual(FAULTY_NOTICE.split("\n"));
  });

  it("applies a finding's fix to the text it holds, so a new check no longer finds it", async () => {
    const { host } = setup();
    const given = FAULTY_NOTICE.split("\n");
    host.open({ name: "通知.txt", paragraphs: given });
    const before = checkDocument({ paragraphs: await host.readParagraphs() }).findings;
    const fixable = before.find((f) => f.fix?.kind === "text" && f.message.includes("成文日期"))!;
    const fix = fixable.fix!;
    if (fix.kind !== "text") throw new Error("expected a text fix");
    await host.replaceText({ paragraph: fix.paragraph, start: fix.start, end: fix.end }, fix.before, fix.after);
    const paragraphs = await host.readParagraphs();
    expect(paragraphs.at(-1)).toBe("2026年12月1日");
    expect(paragraphs.slice(0, -1)).toEqual(FAULTY_NOTICE.split("\n").slice(0, -1));
    const after = checkDocument({ paragraphs }).findings;
    expect(after.map((f) => f.message)).not.toContain(fixable.message);
    expect(host.opened()?.paragraphs.at(-1)).toBe("2026年12月1日");
    // The host fixes its own copy: the paragraphs it was given are untouched.
    expect(given).toEqual(FAULTY_NOTICE.split("\n"));
  });

  it("says in Chinese when the text to fix is no longer there", async () => {
    const { host } = setup();
    host.open({ name: "a.txt", paragraphs: ["定于明天召开"] });
    await expect(host.replaceText({ paragraph: 0, start: 0, end: 2 }, "后天", "12月3日")).rejects.toThrow(
      "文档中已找不到“后天”",
    );
    await expect(host.replaceText({ paragraph: 5, start: 0, end: 2 }, "明天", "x")).rejects.toThrow(/段落已不在/);
  });

  it("shows a finding's place through its callback", async () => {
    const { host, selected } = setup();
    host.open({ name: "a.txt", paragraphs: ["标题", "定于明天召开"] });
    await host.selectText({ paragraph: 1, start: 2, end: 4 }, "明天");
    expect(selected).toEqual([{ paragraph: 1, text: "明天" }]);
  });

  it("delivers a new document as a download under the name asked for, the .docx unchanged", async () => {
    const { host, delivered } = setup();
    const docx = await zipDocx(minutesDocx(SAMPLE_MINUTES));
    await host.openNewDocument(toBase64(docx), "wordNewDocument", "常务会议纪要.docx");
    expect(delivered.map((d) => d.fileName)).toEqual(["常务会议纪要.docx"]);
    expect(delivered[0].bytes).toEqual(docx);
  });

  it("lays out by download, never touching the opened text, and has nothing to restore", async () => {
    const { host, delivered } = setup();
    const paragraphs = FAULTY_NOTICE.split("\n");
    host.open({ name: "通知.docx", paragraphs });
    const formatted = formatParagraphs(paragraphs);
    const result = await host.replaceBody({
      ooxml: formattedOoxml(formatted),
      docx: () => zipDocx(formattedDocx(formatted)),
      fileName: "通知（排版）.docx",
    });
    expect(result).toEqual({ kind: "downloaded", fileName: "通知（排版）.docx" });
    const laidOut = await readDocxParagraphs(delivered[0].bytes, "通知（排版）.docx");
    expect(laidOut.join("")).toContain("如有变动");
    expect(await host.readParagraphs()).toEqual(paragraphs);
  });

  it("cannot add comments, and says so in Chinese without naming a Word version", async () => {
    const { host } = setup();
    expect(host.supportsComments()).toBe(false);
    expect(host.unsupported("wordComments")).toMatch(/^文件模式不能/);
    expect(host.unsupported("wordComments")).not.toMatch(/WordApi/);
    await expect(host.addComments([])).rejects.toThrow(/文件模式不能/);
    expect(await host.fitPage()).toBe("already");
    expect((await host.selfTest()).steps.every((s) => s.outcome === "skipped")).toBe(true);
  });
});
