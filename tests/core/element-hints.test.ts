import { readNotice } from "../../src/core/meeting/read-notice";
import { checkDocument } from "../../src/core/rules/run-text";

const notice = (...middle: string[]) => [
  "关于召开全县统计工作会议的通知",
  "各乡镇人民政府：",
  "定于2026年12月3日上午9时在县政府三楼第一会议室召开全县统计工作会议，研究部署年报工作。",
  ...middle,
  "联系人：王芳，电话：0571-87654321。",
  "县统计局",
  "2026年11月25日",
];
const missing = (paragraphs: string[]) =>
  checkDocument({ paragraphs })
    .findings.filter((f) => f.ruleId === "notice/missing-element")
    .map((f) => f.data.element);

describe("an element the reader does not know how to read, but plainly signed in the text", () => {
  it("those asked to come, under a label the reader does not know, are not reported missing and are said where", () => {
    const text = notice("与会范围：县直各单位一把手。");
    expect(readNotice(text).attendees).toBeUndefined();
    expect(missing(text)).toEqual([]);
    const { elements } = checkDocument({ paragraphs: text });
    expect(elements.find((e) => e.element === "参会人员/参会单位")?.hinted).toEqual({ paragraph: 3, text: "与会" });
  });

  it("with no sign of them anywhere, they are missing", () => {
    expect(missing(notice())).toEqual(["参会人员/参会单位"]);
  });

  it("a chair signed only in passing keeps a record from being reported without one", () => {
    const record = [
      "县政府第5次常务会议纪要",
      "2026年11月27日，县政府第5次常务会议在县政府三楼会议室召开，由常务副县长李明同志主持。",
      "出席：王建国、李明、赵红。",
      "会议同意县财政局安排专项资金500万元，由县财政局于12月底前拨付。",
      "分送：县委办、县政府办。",
    ];
    const chair = checkDocument({ paragraphs: record }).elements.find((e) => e.element === "主持人");
    expect(chair?.present || !!chair?.hinted).toBe(true);
    expect(
      checkDocument({ paragraphs: record.map((p) => p.replace("，由常务副县长李明同志主持", "")) })
        .findings.filter((f) => f.ruleId === "minutes/missing-element")
        .map((f) => f.data.element),
    ).toContain("主持人");
  });
});
