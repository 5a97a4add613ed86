import JSZip from "jszip";
import { noticeDocx, noticeOoxml } from "../../src/core/render";
import type { Notice } from "../../src/core/meeting/notice";
import { collectReplies } from "../../src/core/replies/collect";
import { noticeTerms } from "../../src/core/replies/notice-terms";
import { readRegister } from "../../src/core/table/register-table";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { readReplyGrids } from "../../src/hosts/files/read-reply-file";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";

/** A notice sent to three named units, with a reply deadline and a contact, drafted with 附回执. */
const NOTICE: Notice = {
  ...SAMPLE_NOTICE,
  recipients: "县应急管理局、县财政局、县住建局",
  attachments: [],
  withReplyForm: true,
};
const FORM_TITLE = "2026年全县安全生产暨冬春火灾防控工作会议回执";

const documentXml = async (docx: Uint8Array) =>
  (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");

/**
 * The notice's .docx as a unit sends it back: the 单位 and 联系人 lines written after their colons and the
 * table's blank rows typed into, one row a person, as Word keeps what is typed into an empty cell.
 */
async function filledIn(docx: Uint8Array, unit: string, contact: string, people: string[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const [notice, table] = xml.split(/(?=<w:tbl>)/);
  // The two lines right above the table (the notice's own 联系人 line is further up).
  const page = notice.lastIndexOf(">单位（盖章）：<");
  const before =
    notice.slice(0, page) +
    notice
      .slice(page)
      .replace(">单位（盖章）：<", `>单位（盖章）：${unit}<`)
      .replace(/>联系人：[^<]*</, `>${contact}<`);
  const rows = table.split("</w:tr>");
  // Row 0 is the header; a blank cell holds an empty text run.
  people.forEach((cells, r) => {
    let c = 0;
    rows[r + 1] = rows[r + 1].replace(/<w:t xml:space="preserve"><\/w:t>/g, () => `<w:t>${cells[c++] ?? ""}</w:t>`);
  });
  zip.file("word/document.xml", before + rows.join("</w:tr>"));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a notice drafted with 附回执", () => {
  it("names the 回执 in its 附件 line and sets it on a page of its own after the 成文日期, before the 版记", async () => {
    const paragraphs = await readDocxParagraphs(await zipDocx(noticeDocx(NOTICE)), "通知.docx");
    const at = (text: string) => paragraphs.indexOf(text);
    expect(paragraphs).toContain(`附件：${FORM_TITLE}`);
    expect(at("附件")).toBeGreaterThan(at("2026年11月25日"));
    expect(at(FORM_TITLE)).toBeGreaterThan(at("附件"));
    expect(at("抄送：县委办公室，县人大常委会办公室，县政协办公室。")).toBeGreaterThan(at(FORM_TITLE));
    // By when and to whom it goes back, as the form gives them.
    expect(paragraphs).toContain(
      "请于2026年12月1日前将回执报送XX县人民政府办公室（联系人：王芳，联系电话：0571-87654321）。",
    );
    const xml = await documentXml(await zipDocx(noticeDocx(NOTICE)));
    const label = xml.split("<w:p>").find((p) => p.includes(">附件</w:t>"))!;
    expect(label).toContain("<w:pageBreakBefore/>");
    expect(label).toContain('w:eastAsia="黑体"');
  });

  it("without 附回执 is the notice it was: no 回执 page, no 附件 line added", async () => {
    const plain = { ...NOTICE, withReplyForm: false };
    const paragraphs = await readDocxParagraphs(await zipDocx(noticeDocx(plain)), "通知.docx");
    expect(paragraphs.filter((p) => p.includes("回执报送") || p.startsWith("附件"))).toEqual([
      "（二）请于2026年12月1日前将参会回执报送XX县人民政府办公室。",
    ]);
    expect(noticeDocx(plain)["word/document.xml"]).not.toContain("<w:tbl>");
  });

  it("keeps a 回执 the clerk listed among the attachments under that name, numbered as listed", async () => {
    const listed = { ...NOTICE, attachments: ["参会回执", "会议议程"] };
    const paragraphs = await readDocxParagraphs(await zipDocx(noticeDocx(listed)), "通知.docx");
    expect(paragraphs).toEqual(expect.arrayContaining(["附件：1.参会回执", "2.会议议程", "附件1", "参会回执"]));
    expect(paragraphs.filter((p) => p.includes("回执")).length).toBe(4);
  });

  it("goes into Word (insertOoxml) with the same page", () => {
    const ooxml = noticeOoxml(NOTICE);
    expect(ooxml).toContain(`附件：${FORM_TITLE}`);
    expect(ooxml).toMatch(/<w:pageBreakBefore\/>[^]*附件<\/w:t>[^]*<w:tbl>[^]*姓名[^]*<\/w:tbl>/);
  });

  it("is read by the replies reader: its table has the 参会名单's columns, and a filled-in copy merges cleanly", async () => {
    const docx = await zipDocx(noticeDocx(NOTICE));
    // The blank form: one table, every column one the reader knows.
    const [form, ...others] = await readReplyGrids(docx, "通知.docx");
    expect(others).toEqual([]);
    const register = readRegister(form);
    expect(Object.keys(register.roleColumns).sort()).toEqual(["name", "phone", "position", "remark", "unit"]);

    // What the notice says of its 回执 is not changed by the page that carries it.
    const noticeParagraphs = await readDocxParagraphs(docx, "通知.docx");
    const plainParagraphs = await readDocxParagraphs(
      await zipDocx(noticeDocx({ ...NOTICE, withReplyForm: false })),
      "通知.docx",
    );
    expect(noticeTerms(noticeParagraphs)).toEqual(noticeTerms(plainParagraphs));

    const finance = await filledIn(docx, "县财政局", "联系人：何静　　联系电话：0571-87012345", [
      ["", "刘洋", "副局长", "13905712233", ""],
      ["", "何静", "办公室主任", "", "联络员"],
    ]);
    const safety = await filledIn(docx, "", "联系人：李娜　　联系电话：13805712345", [
      ["县应急管理局", "王建国", "局长", "13905710000", ""],
    ]);
    const sources = [
      { file: "县财政局回执.docx", grids: await readReplyGrids(finance, "县财政局回执.docx"), receivedOn: null },
      { file: "县应急管理局回执.docx", grids: await readReplyGrids(safety, "县应急管理局回执.docx"), receivedOn: null },
    ];
    const { merged, findings } = collectReplies({
      notice: { file: "通知.docx", paragraphs: noticeParagraphs },
      sources,
      order: "notice",
    });
    expect(merged.people.map((p) => [p.unit, p.name, p.position, p.phone, p.remark])).toEqual([
      ["县应急管理局", "王建国", "局长", "13905710000", ""],
      ["县财政局", "刘洋", "副局长", "13905712233", ""],
      ["县财政局", "何静", "办公室主任", "", "联络员"],
    ]);
    // No finding about the 回执's structure: each read as a table of people, with a phone to reach them.
    expect(findings.map((f) => f.ruleId)).toEqual(["reply/missing-unit"]);
    expect(findings[0].message).toContain("县住建局");
  });
});
