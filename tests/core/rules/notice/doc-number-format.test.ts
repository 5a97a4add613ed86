import rule from "../../../../src/core/rules/notice/doc-number-format";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [{ name: "〔2026〕45号", text: notice() }],
  invalid: [
    {
      name: "[2026]",
      text: notice("〔2026〕45号", "[2026]45号"),
      findings: [{ paragraph: 1, text: "X政办发[2026]45号", fix: "X政办发〔2026〕45号" }],
    },
    {
      name: "（2026）第045号",
      text: notice("〔2026〕45号", "（2026）第045号"),
      findings: [{ paragraph: 1, fix: "X政办发〔2026〕45号", message: /六角括号.*第.*虚位/ }],
    },
  ],
});
