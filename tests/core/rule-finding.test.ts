import { checkDocument } from "../../src/core/rules/run-text";
import { findingOf } from "../../src/core/rules/rule-finding";
import { FAULTY_NOTICE, GOOD_NOTICE } from "../../src/samples/notices";

const check = (text: string) => checkDocument({ paragraphs: text.split("\n"), kind: "notice" }).findings;

describe("a finding read through its rule", () => {
  const findings = check(GOOD_NOTICE.replace("联系人：王芳，联系电话：0571-87654321，13905712233。", ""));

  it("gives a missing element's name as typed data and as the finding's element, to be said when asked", () => {
    const missing = findings.map((f) => findingOf(f, "notice/missing-element")).filter((f) => f !== null);
    expect(missing.map((f) => f.data.element)).toEqual(["联系人", "联系电话"]);
    expect(missing.map((f) => [f.element, f.reveal])).toEqual([
      ["联系人", "when-asked"],
      ["联系电话", "when-asked"],
    ]);
  });

  it("is null for another rule's finding", () => {
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => findingOf(f, "notice/relative-date") === null)).toBe(true);
  });

  it("says where a fix is named by the message, so a listing adds no 可改为, and nowhere else", () => {
    const faulty = check(FAULTY_NOTICE);
    const dateFormat = faulty.find((f) => findingOf(f, "notice/date-format"));
    // 附件名称“参会回执。”后不加标点 holds the fixed name only as part of the name at fault: 可改为 is added.
    const attachment = faulty.find((f) => findingOf(f, "notice/attachment-punctuation"));
    expect(dateFormat?.fixInMessage).toBe(true);
    expect(dateFormat?.message).toContain(dateFormat?.fix?.after);
    expect(attachment?.fix?.after).toBe("参会回执");
    expect(attachment?.fixInMessage).toBeUndefined();
  });
});
