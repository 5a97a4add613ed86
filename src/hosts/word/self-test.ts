import type { SetSupported } from "../office/capabilities";
import { HostError, guardedRun } from "../office/host-error";
import { selfTestSteps } from "../office/self-test-steps";
import { officeEnvironment } from "../office/office-environment";
import {
  SELF_TEST_MARKER,
  SELF_TEST_TAG,
  type SelfTestOptions,
  type SelfTestReport,
  type SelfTestStep,
  runSelfTest,
} from "../office/self-test-report";

type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** One paragraph of text in 仿宋, as the drafts are inserted: a flat OPC package (pkg:package) for insertOoxml. */
export function selfTestOoxml(text: string): string {
  return [
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">',
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">',
    '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
    "</Relationships></pkg:xmlData></pkg:part>",
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">',
    '<pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    '<w:p><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/></w:rPr>',
    `<w:t>${text}</w:t></w:r></w:p>`,
    "</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>",
  ].join("");
}

function expect(ok: boolean, message: string): void {
  if (!ok) throw new HostError(message, "SelfTestMismatch");
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

/**
 * 自检 in Word: a content control tagged huiwu-selftest in a new paragraph at the end of the document holds one
 * line of text inserted as OOXML; the steps search it, comment on it and read its tracked changes, then read the
 * document's sections and page setup without changing them. The control, its paragraph and the comment are removed
 * at the end. Each step is one Word.run.
 */
export function runWordSelfTest(
  run: WordRun,
  isSetSupported: SetSupported,
  options: SelfTestOptions & { environment?: () => { version: string; platform: string } } = {},
): Promise<SelfTestReport> {
  const guarded = guardedRun<Word.RequestContext>(run);
  /** How many paragraphs the document had before the test added one. */
  let paragraphsBefore = -1;

  const { bySet, byCapability, step } = selfTestSteps<Word.RequestContext>(guarded, isSetSupported, "Word");
  const control = async (context: Word.RequestContext) => {
    const found = context.document.contentControls.getByTag(SELF_TEST_TAG).getFirstOrNullObject();
    found.load("text");
    await context.sync();
    if (found.isNullObject) throw new HostError("找不到自检插入的内容控件", "ItemNotFound");
    return found;
  };

  const setup = step("在文档末尾插入内容控件（insertOoxml）", byCapability("wordInsert"), async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    paragraphsBefore = paragraphs.items.length;
    const paragraph = context.document.body.insertParagraph("", "End");
    const added = paragraph.insertContentControl();
    added.tag = SELF_TEST_TAG;
    added.title = "会务助手自检（会自动删除）";
    added.insertOoxml(selfTestOoxml(SELF_TEST_MARKER), "Replace");
    added.load("text");
    await context.sync();
    const times = occurrences(added.text, SELF_TEST_MARKER);
    expect(times > 0, "插入后读不到自检文字");
    expect(times === 1, `内容插入了 ${times} 次（网页版 Word 的已知问题 office-js#1914）`);
  });

  const steps: SelfTestStep[] = [
    step("查找文字（search）", byCapability("wordRead"), async (context) => {
      const found = (await control(context)).search(SELF_TEST_MARKER, { matchCase: true });
      found.load("items/text");
      await context.sync();
      expect(found.items.length === 1, `找到 ${found.items.length} 处，应为 1 处`);
    }),
    step("批注（添加、删除）", byCapability("wordComments"), async (context) => {
      const comment = (await control(context)).getRange("Content").insertComment("会务助手自检批注");
      comment.load("content");
      await context.sync();
      expect(comment.content === "会务助手自检批注", "批注内容读回不一致");
      comment.delete();
      await context.sync();
    }),
    step("读取审阅后的文字（getReviewedText）", bySet("WordApi", "1.4"), async (context) => {
      const reviewed = (await control(context)).paragraphs.getFirst().getReviewedText("Current");
      await context.sync();
      // A ClientResult: its value is there after the sync, with no load() to call.
      expect(reviewed.value.includes(SELF_TEST_MARKER), `读到的文字为“${reviewed.value}”`);
    }),
    step("读取修订（tracked changes）", byCapability("wordTrackedDeletions"), async (context) => {
      const inDocument = context.document.body.getTrackedChanges();
      inDocument.load("items/type");
      const inScratch = (await control(context)).getRange("Whole").getTrackedChanges();
      inScratch.load("items/type,items/text");
      await context.sync();
      return `文档中有 ${inDocument.items.length} 处修订（只读取）`;
    }),
    step("读取节", bySet("WordApi", "1.1"), async (context) => {
      const sections = context.document.sections;
      sections.load("items");
      await context.sync();
      expect(sections.items.length > 0, "读不到文档的节");
      return `${sections.items.length} 节（只读取）`;
    }),
    step("读取页面设置", byCapability("wordPageSetup"), async (context) => {
      const page = context.document.pageSetup;
      page.load("paperSize,topMargin,leftMargin");
      await context.sync();
      return `纸张 ${page.paperSize}（只读取，未改动）`;
    }),
  ];

  const cleanup = step("删除内容控件", bySet("WordApi", "1.1"), async (context) => {
    const controls = context.document.contentControls.getByTag(SELF_TEST_TAG);
    controls.load("items");
    await context.sync();
    for (const item of controls.items) item.delete(false);
    await context.sync();
    if (paragraphsBefore < 0) return;
    // The paragraph the test added stays behind its control when Word keeps a document's last paragraph mark.
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const extra = paragraphs.items.slice(paragraphsBefore).filter((p) => p.text === "");
    for (const p of extra) p.delete();
    await context.sync();
    const left = context.document.contentControls.getByTag(SELF_TEST_TAG);
    left.load("items");
    paragraphs.load("items/text");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded just above ("items")
    expect(left.items.length === 0, "自检的内容控件仍在文档末尾，请手动删除");
    expect(paragraphs.items.length === paragraphsBefore, "文档末尾多了一个空段落，请手动删除");
  });

  return runSelfTest(
    { host: "Word", ...(options.environment ?? officeEnvironment)() },
    { scratch: "文档末尾的自检内容控件", setup, steps, cleanup },
    options,
  );
}
