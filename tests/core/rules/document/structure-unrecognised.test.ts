import rule from "../../../../src/core/rules/document/structure-unrecognised";
import { notice, testTextRule } from "../../text-rule-tester";

/** Titled as a notice, but the body is one line that names none of the elements. */
const BARE_NOTICE = `关于召开会议的通知
各单位：
请做好准备。`;

testTextRule(rule, {
  valid: [
    { name: "the good notice", text: notice() },
    { name: "a notice missing its contact still has its structure", text: notice(/联系人.*\n/) },
  ],
  invalid: [
    {
      name: "a notice whose elements cannot be found",
      text: BARE_NOTICE,
      findings: [
        {
          messageId: "unrecognised",
          data: {
            kind: "通知",
            found: "“会议名称”",
            missing: "会议时间、会议地点、参会人员/参会单位、会议内容/议程、联系人、联系电话、发文机关署名、成文日期",
          },
          paragraph: null,
          message: /读不出这份通知的结构.*会议时间/,
        },
      ],
    },
  ],
});
