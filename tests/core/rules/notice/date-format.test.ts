import rule from "../../../../src/core/rules/notice/date-format";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [{ name: "2026年11月25日", text: notice() }],
  invalid: [
    {
      name: "Chinese numerals",
      text: notice("2026年11月25日", "二〇二六年十一月二十五日"),
      findings: [
        {
          messageId: "chinese",
          data: { text: "二〇二六年十一月二十五日", fixed: "2026年11月25日" },
          paragraph: 22,
          text: "二〇二六年十一月二十五日",
          fix: "2026年11月25日",
          message: /应使用阿拉伯数字/,
        },
      ],
    },
    {
      name: "zero-padded",
      text: notice("2026年11月25日", "2026年03月05日"),
      findings: [
        {
          messageId: "padded",
          data: { text: "2026年03月05日", fixed: "2026年3月5日" },
          paragraph: 22,
          fix: "2026年3月5日",
          message: /不编虚位/,
        },
      ],
    },
  ],
});
