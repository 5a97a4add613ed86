import rule from "../../../../src/core/rules/notice/doc-number-format";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [{ name: "〔2026〕45号", text: notice() }],
  invalid: [
    {
      name: "[2026]",
      text: notice("〔2026〕45号", "[2026]45号"),
      findings: [
        {
          messageId: "format",
          data: { text: "X政办发[2026]45号", fixed: "X政办发〔2026〕45号", problems: "年份应用六角括号〔〕" },
          paragraph: 1,
          text: "X政办发[2026]45号",
          fix: "X政办发〔2026〕45号",
        },
      ],
    },
    {
      name: "（2026）第045号",
      text: notice("〔2026〕45号", "（2026）第045号"),
      findings: [
        {
          messageId: "format",
          data: {
            text: "X政办发（2026）第045号",
            fixed: "X政办发〔2026〕45号",
            problems: "年份应用六角括号〔〕，序号前不加“第”，序号不编虚位（写“45号”，不写“045号”）",
          },
          paragraph: 1,
          fix: "X政办发〔2026〕45号",
          message: /六角括号.*第.*虚位/,
        },
      ],
    },
  ],
});
