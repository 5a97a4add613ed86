import rule from "../../../../src/core/rules/document/heading-levels";
import { minutes, notice, testTextRule } from "../../text-rule-tester";

const lines = (...paragraphs: string[]) => ["关于召开会议的通知", "各单位：", ...paragraphs].join("\n");

testTextRule(rule, {
  valid: [
    { name: "the good notice", text: notice() },
    { name: "the good minutes", text: minutes() },
    {
      name: "four levels in order",
      text: lines("一、会议安排", "（一）时间", "1.上午", "（1）签到", "（2）开会", "2.下午", "（二）地点", "二、要求"),
    },
    { name: "1．with a full-width point", text: lines("一、会议安排", "（一）时间", "1．上午", "2．下午") },
    { name: "a list of the document's own in 1、", text: lines("1、会议时间", "2、会议地点", "3、参会人员") },
    {
      name: "the attachments' list numbers on its own",
      text: lines(
        "一、会议时间",
        "二、有关要求",
        "（一）参会",
        "1.按时参会",
        "2.不得代签",
        "附件：1.参会回执",
        "2.会议日程",
      ),
    },
    {
      name: "a list that starts again",
      text: lines("一、议程", "（一）开幕", "（二）讲话", "二、要求", "（一）准时", "（二）着装"),
    },
    {
      name: "a heading run on in the paragraph before",
      text: lines("一、时间", "二、地点：三楼。三、参会人员：全体", "四、要求"),
    },
    { name: "a half-width (三) run on", text: lines("一、要求", "（一）准时", "（二）着装。(三)签到", "（四）离场") },
    {
      name: "an item that opens with a number",
      text: lines("一、时间", "（一）安排", "1.上午报到", "2.11时30分开会", "3.下午离会"),
    },
    { name: "a date in Chinese numerals is not an ordinal", text: lines("一、时间", "二〇二六年十二月一日") },
  ],
  invalid: [
    {
      name: "一. for 一、",
      text: lines("一.会议时间", "二、会议地点"),
      findings: [
        {
          messageId: "form",
          data: { text: "一.", standard: "一、", level: "第一层" },
          paragraph: 2,
          text: "一.",
          fix: "一、",
          message: /序号“一\.”写法不规范，第一层应写作“一、”/,
        },
      ],
    },
    {
      name: "一， for 一、",
      text: lines("一，会议时间", "二，会议地点"),
      findings: [
        {
          messageId: "form",
          data: { text: "一，", standard: "一、", level: "第一层" },
          paragraph: 2,
          text: "一，",
          fix: "一、",
        },
        {
          messageId: "form",
          data: { text: "二，", standard: "二、", level: "第一层" },
          paragraph: 3,
          text: "二，",
          fix: "二、",
        },
      ],
    },
    {
      name: "(一)、 and （一）、 for （一）",
      text: lines("一、议程", "(一)、开幕", "（二）、讲话"),
      findings: [
        {
          messageId: "form",
          data: { text: "(一)、", standard: "（一）", level: "第二层" },
          paragraph: 3,
          text: "(一)、",
          fix: "（一）",
          message: /第二层应写作“（一）”/,
        },
        {
          messageId: "form",
          data: { text: "（二）、", standard: "（二）", level: "第二层" },
          paragraph: 4,
          text: "（二）、",
          fix: "（二）",
        },
      ],
    },
    {
      name: "half-width (一) and (1)",
      text: lines("一、议程", "(一)开幕", "1.签到", "(1)签名"),
      findings: [
        {
          messageId: "form",
          data: { text: "(一)", standard: "（一）", level: "第二层" },
          paragraph: 3,
          text: "(一)",
          fix: "（一）",
        },
        {
          messageId: "form",
          data: { text: "(1)", standard: "（1）", level: "第四层" },
          paragraph: 5,
          text: "(1)",
          fix: "（1）",
          message: /第四层应写作“（1）”/,
        },
      ],
    },
    {
      name: "1、 at the third level",
      text: lines("一、议程", "（一）上午", "1、签到", "2、开会"),
      findings: [
        {
          messageId: "form",
          data: { text: "1、", standard: "1.", level: "第三层" },
          paragraph: 4,
          text: "1、",
          fix: "1.",
          message: /第三层应写作“1\.”/,
        },
        {
          messageId: "form",
          data: { text: "2、", standard: "2.", level: "第三层" },
          paragraph: 5,
          text: "2、",
          fix: "2.",
        },
      ],
    },
    {
      name: "a level skipped: said once, milder, without a fix",
      text: lines("一、时间", "1.上午", "2.下午", "二、地点", "1.三楼"),
      findings: [
        {
          messageId: "skipped",
          data: { parent: "一、", text: "1.", missing: "（一）", more: "；全文共3处" },
          paragraph: 3,
          text: "1.",
          severity: "info",
          message: /“一、”之下直接用“1\.”，跳过了“（一）”一层.*全文共3处/,
        },
      ],
    },
    {
      name: "1、 directly under 一、: the skip, not the spelling",
      text: lines("一、时间", "1、上午"),
      findings: [
        {
          messageId: "skipped",
          data: { parent: "一、", text: "1、", missing: "（一）", more: "" },
          paragraph: 3,
          severity: "info",
          message: /跳过了“（一）”一层/,
        },
      ],
    },
    {
      name: "一、 二、 四、",
      text: lines("一、时间", "二、地点", "四、要求"),
      findings: [
        {
          messageId: "gap",
          data: { previous: "二、", text: "四、", expected: "三、" },
          paragraph: 4,
          text: "四、",
          message: /序号不连续：“二、”之后是“四、”，缺“三、”/,
        },
      ],
    },
    {
      name: "（一）（二）（二）",
      text: lines("一、要求", "（一）准时", "（二）着装", "（二）签到"),
      findings: [
        {
          messageId: "order",
          data: { previous: "（二）", text: "（二）" },
          paragraph: 5,
          text: "（二）",
          message: /序号顺序有误：“（二）”之后是“（二）”/,
        },
      ],
    },
  ],
});
