import rule from "../../../../src/core/rules/notice/attachment-punctuation";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "no punctuation", text: notice() },
    { name: "numbered list", text: notice("附件：参会回执", "附件：1.参会回执\n2.会议日程") },
  ],
  invalid: [
    {
      name: "trailing 。",
      text: notice("附件：参会回执", "附件：参会回执。"),
      findings: [
        { messageId: "punctuation", data: { name: "参会回执。" }, paragraph: 20, text: "参会回执。", fix: "参会回执" },
      ],
    },
    {
      name: "numbered list, second ends in ；",
      text: notice("附件：参会回执", "附件：1.参会回执\n2.会议日程；"),
      findings: [
        { messageId: "punctuation", data: { name: "会议日程；" }, paragraph: 21, text: "会议日程；", fix: "会议日程" },
      ],
    },
  ],
});
