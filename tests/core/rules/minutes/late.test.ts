import rule from "../../../../src/core/rules/minutes/late";
import { minutes, testTextRule } from "../../text-rule-tester";

const issued = (date: string) => minutes("2026年12月7日", date);

testTextRule(rule, {
  valid: [
    { name: "2 working days after (Thursday → Monday)", text: issued("2026年12月7日") },
    { name: "dated the day of the meeting", text: issued("2026年12月3日") },
  ],
  invalid: [
    {
      name: "3 working days: info",
      text: issued("2026年12月8日"),
      findings: [
        {
          messageId: "late",
          data: { issued: "2026年12月8日", meeting: "2026年12月3日", count: 3, note: "" },
          paragraph: 2,
          severity: "info",
          message: /会后第 3 个工作日/,
        },
      ],
    },
    {
      name: "5 working days: warning",
      text: issued("2026年12月10日"),
      findings: [
        {
          messageId: "late",
          data: { issued: "2026年12月10日", meeting: "2026年12月3日", count: 5, note: "" },
          paragraph: 2,
          severity: "warning",
          message: /会后第 5 个工作日/,
        },
      ],
    },
    {
      name: "编印单位 and date spread across the line, as wide as the 版心",
      text: minutes(
        /第12期\nXX县人民政府办公室 +2026年12月7日/,
        `第12期\nXX县人民政府办公室${" ".repeat(30)}2026年12月10日`,
      ),
      findings: [
        {
          messageId: "late",
          data: { issued: "2026年12月10日", meeting: "2026年12月3日", count: 5, note: "" },
          paragraph: 2,
          severity: "warning",
          message: /会后第 5 个工作日/,
        },
      ],
    },
    {
      name: "re-graded by configuration",
      text: issued("2026年12月8日"),
      options: { rules: { "minutes/late": "error" } },
      findings: [
        {
          messageId: "late",
          data: { issued: "2026年12月8日", meeting: "2026年12月3日", count: 3, note: "" },
          paragraph: 2,
          severity: "error",
        },
      ],
    },
  ],
});
