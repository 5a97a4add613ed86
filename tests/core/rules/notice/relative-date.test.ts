import rule from "../../../../src/core/rules/notice/relative-date";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "absolute dates only", text: notice() },
    { name: "下午 is not a relative date", text: notice("上午9:00", "下午2:30") },
  ],
  invalid: [
    {
      name: "明天",
      text: notice("2026年12月3日（星期四）上午9:00", "明天上午9:00"),
      findings: [
        { messageId: "relative", data: { text: "明天" }, paragraph: 6, text: "明天", message: /“明天”容易产生混淆/ },
      ],
    },
    {
      name: "下周三",
      text: notice("于2026年12月1日前", "于下周三前"),
      findings: [{ messageId: "relative", data: { text: "下周三" }, paragraph: 17, text: "下周三" }],
    },
    {
      name: "后天 and 本周五",
      text: notice("会期半天。", "会期半天，后天报到，本周五前报回执。"),
      findings: [
        { messageId: "relative", data: { text: "后天" }, paragraph: 6, text: "后天" },
        { messageId: "relative", data: { text: "本周五" }, paragraph: 6, text: "本周五" },
      ],
    },
  ],
});
