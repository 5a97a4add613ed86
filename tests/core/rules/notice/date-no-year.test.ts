import rule from "../../../../src/core/rules/notice/date-no-year";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "full date", text: notice() },
    { name: "a deadline without year is not the meeting date", text: notice("于2026年12月1日前", "于12月1日前") },
    {
      name: "once the meeting's year is written, a 报到 day restated without it reads plainly",
      text: notice("（一）请参会人员提前15分钟到会签到", "（一）请参会人员12月3日上午8:30报到"),
    },
  ],
  invalid: [
    {
      name: "where the meeting's year is never written, each 报到 or meeting day without it is said too",
      text: notice("2026年12月3日（星期四）", "12月3日（星期四）").replace(
        "（一）请参会人员提前15分钟到会签到",
        "（一）请参会人员12月3日上午8:30报到",
      ),
      findings: [
        {
          messageId: "inferred",
          data: { text: "12月3日（星期四）上午9:00", year: 2026, from: "成文日期" },
          paragraph: 6,
          severity: "info",
        },
        {
          messageId: "inferred",
          data: { text: "12月3日上午8:30", year: 2026, from: "成文日期" },
          paragraph: 16,
          text: "12月3日上午8:30",
          severity: "info",
        },
      ],
    },
    {
      name: "12月3日, the year given by the 成文日期: a hint",
      text: notice("2026年12月3日（星期四）", "12月3日（星期四）"),
      findings: [
        {
          messageId: "inferred",
          data: { text: "12月3日（星期四）上午9:00", year: 2026, from: "成文日期" },
          paragraph: 6,
          text: "12月3日（星期四）上午9:00",
          message: /读作 2026 年/,
          severity: "info",
        },
      ],
    },
    {
      name: "no year anywhere: an error",
      text: notice("2026年12月3日（星期四）", "12月3日（星期四）").replace(/\n2026年11月25日$/, ""),
      findings: [
        {
          messageId: "noYear",
          data: { text: "12月3日（星期四）上午9:00" },
          paragraph: 6,
          message: /没有写年份$/,
          severity: "error",
        },
      ],
    },
    {
      name: "定于12月3日 in the opening sentence, the year under 会议时间",
      text: "关于召开全县安全生产工作会议的通知\n各乡镇：\n经研究，定于12月3日召开全县安全生产工作会议。现将有关事项通知如下：\n一、会议时间：2026年12月3日上午9:00\n二、会议地点：县政府三楼第一会议室",
      findings: [
        {
          messageId: "inferred",
          data: { text: "12月3日", year: 2026, from: "会议时间" },
          paragraph: 2,
          text: "12月3日",
          message: /按会议时间读作 2026 年/,
          severity: "info",
        },
      ],
    },
  ],
});
