import rule from "../../../../src/core/rules/minutes/decision-no-deadline";
import { minutes, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "dates, 月底前, 年底前", text: minutes() },
    { name: "10个工作日内", text: minutes("年底前完成", "10个工作日内完成") },
    {
      name: "8月底 and 下旬",
      text: minutes("年底前完成", "8月底完成").replace("12月底前拨付到位", "12月下旬拨付到位"),
    },
  ],
  invalid: [
    {
      name: "no time limit",
      text: minutes("，年底前完成", "，抓紧推进"),
      findings: [
        {
          messageId: "noDeadline",
          data: { text: "会议明确县住建局负责建筑工地冬季施工安全整治，抓…" },
          paragraph: 6,
          message: /未明确完成时限/,
        },
      ],
    },
    {
      name: "限期 and 尽快 set no date",
      text: minutes("，年底前完成", "，限期整改").replace("，12月底前拨付到位", "，尽快拨付到位"),
      findings: [
        { messageId: "noDeadline", data: { text: "会议同意县财政局安排安全生产专项资金，由县财政局…" }, paragraph: 5 },
        { messageId: "noDeadline", data: { text: "会议明确县住建局负责建筑工地冬季施工安全整治，限…" }, paragraph: 6 },
      ],
    },
    {
      name: "two decisions without",
      text: minutes("，于2026年12月15日前完成", "，尽快完成").replace("，12月底前拨付到位", "，及时拨付"),
      findings: [
        { messageId: "noDeadline", data: { text: "会议要求县应急管理局牵头，尽快完成全县危化品企业…" }, paragraph: 4 },
        { messageId: "noDeadline", data: { text: "会议同意县财政局安排安全生产专项资金，由县财政局…" }, paragraph: 5 },
      ],
    },
  ],
});
