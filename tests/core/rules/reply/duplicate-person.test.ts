import rule from "../../../../src/core/rules/reply/duplicate-person";
import { people, testReplyRule } from "./fixture";

testReplyRule(rule, {
  valid: [
    { name: "different people", files: [{ file: "a.xlsx", rows: people("县财政局", "刘洋", "何静") }] },
    {
      name: "one name in two units: two people",
      files: [
        { file: "a.xlsx", rows: people("县财政局", "张伟") },
        { file: "b.xlsx", rows: people("县住建局", "张伟") },
      ],
    },
  ],
  invalid: [
    {
      name: "twice on one 回执",
      files: [{ file: "a.xlsx", rows: people("县财政局", "刘洋", "刘 洋") }],
      findings: [
        {
          messageId: "twice",
          data: { name: "刘洋", unit: "县财政局", first: "本回执前面" },
          file: "a.xlsx",
          cell: "B3",
          message: /刘洋（县财政局）已在本回执前面中报名/,
          related: ["a.xlsx › Sheet1!B2"],
        },
      ],
    },
    {
      name: "on two 回执, units spelled differently",
      files: [
        { file: "a.xlsx", rows: people("县财政局", "刘洋") },
        { file: "b.xlsx", rows: people("财政局", "何静", "刘洋") },
      ],
      findings: [
        {
          messageId: "twice",
          data: { name: "刘洋", unit: "县财政局", first: "“a.xlsx”" },
          file: "b.xlsx",
          cell: "B3",
          message: /已在“a\.xlsx”中报名/,
        },
      ],
    },
  ],
});
