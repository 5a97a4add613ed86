import { noticeDocx } from "../../src/core/render";
import { checkDocument } from "../../src/core/rules/run-text";
import { readDocxParagraphs } from "../../src/hosts/files/read-docx";
import { zipDocx } from "../../src/hosts/files/write-docx";
import { SAMPLE_NOTICE } from "../../src/samples/draft-inputs";

/** The notice's own elements a check reports missing, as a clerk sees them after pasting or opening the .docx. */
const missingElements = (paragraphs: string[]) =>
  checkDocument({ paragraphs })
    .findings.filter((f) => f.ruleId === "notice/missing-element")
    .map((f) => f.data.element);

describe("the 署名 and 成文日期 are read above the attachment pages", () => {
  it("a notice drafted with 附回执 (a 回执 page with its table after the 成文日期) has both", async () => {
    const docx = await zipDocx(noticeDocx({ ...SAMPLE_NOTICE, withReplyForm: true }));
    const paragraphs = await readDocxParagraphs(docx, "通知.docx");
    expect(paragraphs.some((p) => /^附件\d*$/.test(p.trim()))).toBe(true);
    const missing = missingElements(paragraphs);
    expect(missing).not.toContain("发文机关署名");
    expect(missing).not.toContain("成文日期");
  });

  it("any attachment pages: a 报名表 with many lines after 附件2 does not hide the closing", () => {
    const paragraphs = [
      "关于召开全县安全生产工作会议的通知",
      "各乡镇人民政府，县直各单位：",
      "定于2026年12月3日上午9时在县政府三楼第一会议室召开全县安全生产工作会议，请各单位主要负责人参加。",
      "联系人：张丽，联系电话：0571-87654321。",
      "附件：1.会议议程",
      "2.参会报名表",
      "某某县安全生产委员会办公室",
      "2026年11月20日",
      "附件1",
      "会议议程",
      ...Array.from({ length: 8 }, (_, k) => `${k + 1}.议程事项${k + 1}`),
      "附件2",
      "参会报名表",
      "单位（盖章）：",
      "姓名　职务　联系电话",
      ...Array.from({ length: 6 }, () => "　　　"),
    ];
    const missing = missingElements(paragraphs);
    expect(missing).not.toContain("发文机关署名");
    expect(missing).not.toContain("成文日期");
  });
});
