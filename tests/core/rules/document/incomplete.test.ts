import rule from "../../../../src/core/rules/document/incomplete";
import { checkDocument } from "../../../../src/core/rules/run-text";
import { notice, testTextRule } from "../../text-rule-tester";

/** The good notice cut where a web page's copy stops. */
const cutAfter = (find: string) => {
  const text = notice();
  return text.slice(0, text.indexOf(find) + find.length);
};
const CUT = cutAfter("提前15分钟到会签到，不得代签");

testTextRule(rule, {
  valid: [
    { name: "a whole notice", text: notice() },
    {
      name: "a text that ends on its 署名 and date",
      text: "关于召开会议的通知\n各单位：\n请准时参加。\n县政府办公室\n2026年11月20日",
    },
    { name: "a text that ends on a labelled list", text: "会议纪要\n会议同意…。\n出席：张三、李四，王五" },
    { name: "a text that ends on a phone number", text: "关于召开会议的通知\n联系人：张三，联系电话：0571-87654321" },
    { name: "an omitted last item", text: "会议纪要\n一、会议同意…。\n二、会议决定…。\n三、略" },
  ],
  invalid: [
    {
      name: "a text that stops mid-sentence",
      text: CUT,
      findings: [
        {
          messageId: "cut",
          data: { how: "在句子中间" },
          paragraph: CUT.split("\n").length - 1,
          message: /在句子中间中断/,
        },
      ],
    },
    {
      name: "a text that stops on a comma",
      text: `${cutAfter("请各单位于2026年12月1日前")}，`,
      findings: [
        {
          messageId: "cut",
          data: { how: "在句子中间" },
          paragraph: `${cutAfter("请各单位于2026年12月1日前")}，`.split("\n").length - 1,
        },
      ],
    },
    {
      name: "a text that stops at 特此",
      text: "关于召开会议的通知\n各单位：\n定于2026年12月3日在县政府三楼会议室召开会议。\n特此",
      findings: [{ messageId: "cut", data: { how: "以“特此”结尾，缺“通知”" }, paragraph: 3, message: /特此/ }],
    },
    {
      name: "a text that stops on a heading with nothing under it",
      text: "关于召开会议的通知\n各单位：\n一、会议时间\n2026年12月3日\n二、参会人员\n各乡镇分管领导\n三、联系方式",
      findings: [{ messageId: "cut", data: { how: "在列举中间" }, paragraph: 6, message: /列举中间/ }],
    },
  ],
});

describe("a cut text's missing part", () => {
  it("is not reported missing: one document/incomplete instead of errors for the 落款 and contacts", () => {
    const text = CUT;
    const { findings } = checkDocument({ paragraphs: text.split("\n") });
    const ids = findings.map((f) => `${f.ruleId} ${f.data.element ?? ""}`.trim());
    expect(ids).toContain("document/incomplete");
    for (const element of ["发文机关署名", "成文日期", "联系人", "联系电话"])
      expect(ids).not.toContain(`notice/missing-element ${element}`);
  });
});
