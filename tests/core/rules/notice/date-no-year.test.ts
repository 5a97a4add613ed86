import rule from "../../../../src/core/rules/notice/date-no-year";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "full date", text: notice() },
    { name: "a deadline without year is not the meeting date", text: notice("于2026年12月1日前", "于12月1日前") },
    {
      name: "a day due by (…前领取材料) is no meeting day",
      text: notice("（一）请参会人员提前15分钟到会签到", "（一）请各单位12月2日17:00前到县政府办领取会议材料"),
    },
    {
      name: "the year just written in the clause carries on to the next day",
      text: notice("（一）请参会人员提前15分钟到会签到", "（一）2026年12月2日下午报到，12月3日上午参加全体会议"),
    },
  ],
  invalid: [
    {
      name: "a 报到 due by a day (…前报到) is a meeting day, as is a 会议 to attend",
      text: notice("（一）请参会人员提前15分钟到会签到", "（一）请参会人员于12月2日18:00前报到，12月3日参加全体会议"),
      findings: [
        {
          messageId: "inferred",
          data: { text: "12月2日18:00", year: 2026, from: "会议时间" },
          paragraph: 16,
          severity: "info",
        },
      ],
    },
    {
      // RULES.md §6: a 报到 date or a restated 会议时间 without a year is a meeting date for this rule; where the
      // meeting's own date has the year, the hint says the year it is read as.
      name: "a 报到 day restated without the year the meeting's date has: a hint with that year",
      text: notice("（一）请参会人员提前15分钟到会签到", "（一）请参会人员12月3日上午8:30报到"),
      findings: [
        {
          messageId: "inferred",
          data: { text: "12月3日上午8:30", year: 2026, from: "会议时间" },
          paragraph: 16,
          text: "12月3日上午8:30",
          severity: "info",
        },
      ],
    },
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
