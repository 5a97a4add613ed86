import rule from "../../../../src/core/rules/reply/over-quota";
import { NOTICE, people, testReplyRule } from "./fixture";

testReplyRule(rule, {
  valid: [
    { name: "two, as allowed", files: [{ file: "a.xlsx", rows: people("县财政局", "刘洋", "何静") }] },
    {
      name: "a notice with no quota",
      files: [{ file: "a.xlsx", rows: people("县财政局", "刘洋", "何静", "孙丽") }],
      notice: NOTICE.filter((line) => !line.includes("限报")),
    },
  ],
  invalid: [
    {
      name: "three where two are allowed: at the third",
      files: [{ file: "a.xlsx", rows: people("县财政局", "刘洋", "何静", "孙丽") }],
      findings: [
        {
          messageId: "over",
          data: { unit: "县财政局", count: 3, quota: 2, rule: "每单位限报2人" },
          file: "a.xlsx",
          cell: "B4",
          message: /县财政局 报名 3 人，超过通知规定的 2 人（“每单位限报2人”）/,
        },
      ],
    },
    {
      name: "分管负责同志1名, over across two 回执 of one unit",
      notice: ["关于召开会议的通知", "县财政局、县住建局：", "请各单位分管负责同志1名参加。"],
      files: [
        { file: "a.xlsx", rows: people("县财政局", "刘洋") },
        { file: "b.xlsx", rows: people("县财政局", "何静") },
      ],
      findings: [
        {
          messageId: "over",
          data: { unit: "县财政局", count: 2, quota: 1, rule: "各单位分管负责同志1名" },
          file: "b.xlsx",
          cell: "B2",
          message: /超过通知规定的 1 人/,
        },
      ],
    },
  ],
});
