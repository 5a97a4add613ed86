import rule from "../../../../src/core/rules/reply/late";
import { NOTICE, people, testReplyRule } from "./fixture";

const rows = people("县财政局", "刘洋");

testReplyRule(rule, {
  valid: [
    { name: "on the deadline day", files: [{ file: "a.xlsx", rows, receivedOn: { year: 2026, month: 12, day: 1 } }] },
    { name: "no date known", files: [{ file: "a.xlsx", rows }] },
    {
      name: "a notice with no deadline",
      files: [{ file: "a.xlsx", rows, receivedOn: { year: 2026, month: 12, day: 9 } }],
      notice: NOTICE.filter((line) => !line.includes("回执")),
    },
  ],
  invalid: [
    {
      name: "the day after",
      files: [{ file: "a.xlsx", rows, receivedOn: { year: 2026, month: 12, day: 2 } }],
      findings: [
        {
          messageId: "late",
          data: { received: "2026年12月2日", how: "登记的收到日期", deadline: "2026年12月1日" },
          file: "a.xlsx",
          message: /^2026年12月2日收到（登记的收到日期），晚于通知要求的 2026年12月1日 前报送$/,
        },
      ],
    },
  ],
});
