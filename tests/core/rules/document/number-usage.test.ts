import rule from "../../../../src/core/rules/document/number-usage";
import { minutes, notice, testTextRule } from "../../text-rule-tester";

const body = (...paragraphs: string[]) => ["关于召开会议的通知", ...paragraphs].join("\n");

testTextRule(rule, {
  valid: [
    { name: "the good notice", text: notice() },
    { name: "the good minutes", text: minutes() },
    { name: "a year in Chinese numerals, with 〇 or ○", text: body("二〇二六年十二月一日", "二○二六年十二月一日") },
    {
      name: "a phone number, a time range, an ISO date",
      text: body("电话：0571-87654321，上午9:00-11:30，2026-12-03。"),
    },
    { name: "a range written with 至 or the 一字线", text: body("12月3日至5日，12月3—5日，2021—2030年。") },
    { name: "a 文号 and a year ending a range the wrong way round", text: body("X政办发〔2026〕45号，2030-2021年。") },
  ],
  invalid: [
    {
      name: "a year mixing Chinese numerals and a digit",
      text: body("二0二六年十二月一日"),
      findings: [
        {
          messageId: "numbers",
          data: { what: "年份“二0二六年”数字混写，应为“2026年”" },
          paragraph: 1,
          text: "二0二六",
          fix: "2026",
          message: /年份“二0二六年”数字混写，应为“2026年”/,
        },
      ],
    },
    {
      name: "a year with a letter O",
      text: body("2O26年12月1日"),
      findings: [
        {
          messageId: "numbers",
          data: { what: "年份“2O26年”数字混写，应为“2026年”" },
          paragraph: 1,
          text: "2O26",
          fix: "2026",
        },
      ],
    },
    {
      name: "full-width digits: one finding for the paragraph",
      text: body("定于２０２６年１２月３日召开。"),
      findings: [
        {
          messageId: "numbers",
          data: { what: "全角数字“２０２６”应为“2026”；全角数字“１２”应为“12”；全角数字“３”应为“3”" },
          paragraph: 1,
          text: "２０２６年１２月３",
          fix: "2026年12月3",
          message: /全角数字“２０２６”应为“2026”；全角数字“１２”应为“12”；全角数字“３”应为“3”/,
        },
      ],
    },
    {
      name: "12月3日-5日 and 12月3-5日",
      text: body("会期12月3日-5日。", "会期12月3－5日。"),
      findings: [
        {
          messageId: "numbers",
          data: { what: "“12月3日-5日”应为“12月3—5日”" },
          paragraph: 1,
          text: "12月3日-5日",
          fix: "12月3—5日",
          message: /“12月3日-5日”应为“12月3—5日”/,
        },
        {
          messageId: "numbers",
          data: { what: "“12月3－5日”应为“12月3—5日”" },
          paragraph: 2,
          text: "12月3－5日",
          fix: "12月3—5日",
        },
      ],
    },
    {
      name: "a range across months",
      text: body("12月30日-1月2日放假。"),
      findings: [
        {
          messageId: "numbers",
          data: { what: "日期起止“12月30日-…”的连接号应为“—”" },
          paragraph: 1,
          text: "-",
          fix: "—",
          message: /日期起止“12月30日-…”的连接号应为“—”/,
        },
      ],
    },
    {
      name: "a range of years",
      text: body("《规划（2021-2030年）》", "2021年-2030年"),
      findings: [
        {
          messageId: "numbers",
          data: { what: "“2021-2030年”应为“2021—2030年”" },
          paragraph: 1,
          text: "2021-2030年",
          fix: "2021—2030年",
        },
        {
          messageId: "numbers",
          data: { what: "“2021年-2030年”应为“2021—2030年”" },
          paragraph: 2,
          text: "2021年-2030年",
          fix: "2021—2030年",
        },
      ],
    },
  ],
});
