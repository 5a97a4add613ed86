import rule from "../../../../src/core/rules/minutes/personnel";
import { minutes, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [{ name: "no personnel matters", text: minutes() }],
  invalid: [
    {
      name: "任命",
      text: minutes("三、会议明确", "三、会议同意任命张三为县应急管理局副局长。会议明确"),
      findings: [{ messageId: "personnel", data: { text: "任命" }, paragraph: 6, text: "任命" }],
    },
    {
      name: "免去 and 提名…为 in one paragraph: one matter, said once",
      text: minutes("三、会议明确", "三、会议同意免去李四职务，提名王五为副局长人选。会议明确"),
      findings: [{ messageId: "personnel", data: { text: "免去" }, paragraph: 6, text: "免去" }],
    },
    {
      name: "提名…为 alone",
      text: minutes("三、会议明确", "三、会议同意提名王五为副局长人选。会议明确"),
      findings: [{ messageId: "personnel", data: { text: "提名王五为" }, paragraph: 6, text: "提名王五为" }],
    },
  ],
});
