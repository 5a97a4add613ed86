import rule from "../../../../src/core/rules/document/placeholder";
import { checkDocument } from "../../../../src/core/rules/run-text";
import { notice, testTextRule } from "../../text-rule-tester";

/** The good notice with a real county's name for the sample's XX县. */
const named = notice(/XX县/g, "平安县");
const withLine = (find: string, replace: string) => named.replace(find, replace);

testTextRule(rule, {
  valid: [
    { name: "the good notice with its county named", text: named },
    { name: "XX inside an English word or a size", text: "关于XXL号服装和MAXX设备的通知\n请按XXL号准备。" },
    { name: "XX in a part number", text: "关于采购设备的通知\n型号为A3XX-12、XX12B的设备各一台。" },
    { name: "○ as the 〇 of a year", text: "关于召开会议的通知\n二○○七年八月十六日\n二〇〇〇年一月一日" },
    { name: "a multiplication sign", text: "会议纪要\n会场布置3×4米展板。" },
    { name: "a web page's 【】 column tag", text: "【时政新闻】县政府召开常务会议\n会议研究了有关事项。" },
    {
      name: "a 【】 label heading its content",
      text: "关于召开会议的通知\n【会议时间】2026年12月3日上午9:00\n【会议地点】县政府三楼会议室",
    },
    { name: "a 【】 heading on its own line", text: "关于召开会议的通知\n【会议议程】\n（一）开幕\n【参会人员名单】" },
    {
      name: "the blanks of a 回执 others fill in",
      text: withLine(
        "2026年11月25日",
        "2026年11月25日\n附件\n参会回执\n单位（盖章）：＿＿＿＿＿＿\n姓名：______\n（请在相应栏内打“√”）\n填表日期：    年  月  日",
      ),
    },
    { name: "an identifier with underscores", text: "会议纪要\n系统字段名为user__name。" },
    { name: "a date with its numbers", text: "关于召开会议的通知\n定于2026年 12月 3日召开。" },
  ],
  invalid: [
    {
      name: "XX for a date and a room",
      text: withLine("2026年12月3日（星期四）上午9:00，会期半天。", "XX月XX日上午9:00，在XX会议室。"),
      findings: [
        {
          messageId: "placeholder",
          data: { what: "“XX月XX日”、“XX”" },
          paragraph: 6,
          text: "XX月XX日上午9:00，在XX",
          message: /没有替换：“XX月XX日”、“XX”，发出前应填写/,
        },
      ],
    },
    {
      name: "20XX年 and a name of ×××",
      text: "关于召开会议的通知\n联系人：×××\n20XX年12月1日",
      findings: [
        { messageId: "placeholder", data: { what: "“×××”" }, paragraph: 1, text: "×××", message: /“×××”/ },
        { messageId: "placeholder", data: { what: "“20XX年”" }, paragraph: 2, text: "XX", message: /“20XX年”/ },
      ],
    },
    {
      name: "X月X日 and ○○ for a name",
      text: "关于召开会议的通知\n定于X月X日召开，请○○○同志参加。",
      findings: [
        { messageId: "placeholder", data: { what: "“X月X日”、“○○○”" }, paragraph: 1, message: /“X月X日”、“○○○”/ },
      ],
    },
    {
      name: "a 【】 hint in the title",
      text: "关于召开【会议名称】的通知\n各单位：",
      findings: [{ messageId: "placeholder", data: { what: "“【会议名称】”" }, paragraph: 0, text: "【会议名称】" }],
    },
    {
      name: "a 【】 hint that says to fill it",
      text: "关于召开会议的通知\n【请填写会议议题】",
      findings: [
        { messageId: "placeholder", data: { what: "“【请填写会议议题】”" }, paragraph: 1, text: "【请填写会议议题】" },
      ],
    },
    {
      name: "a template's slot in 【】 on its own line",
      text: "【标题】\n各单位：\n【正文】\n【成文日期】",
      findings: [
        { messageId: "placeholder", data: { what: "“【标题】”" }, paragraph: 0, text: "【标题】" },
        { messageId: "placeholder", data: { what: "“【正文】”" }, paragraph: 2, text: "【正文】" },
        { messageId: "placeholder", data: { what: "“【成文日期】”" }, paragraph: 3, text: "【成文日期】" },
      ],
    },
    {
      name: "（此处填写…）",
      text: "关于召开会议的通知\n会议议题：（此处填写会议议题）。",
      findings: [
        {
          messageId: "placeholder",
          data: { what: "“（此处填写会议议题）”" },
          paragraph: 1,
          text: "（此处填写会议议题）",
        },
      ],
    },
    {
      name: "blanks for the day before a deadline",
      text: "关于召开会议的通知\n请于12月　　日前报送回执。",
      findings: [{ messageId: "placeholder", data: { what: "“12月　　日”" }, paragraph: 1, text: "月　　日" }],
    },
    {
      name: "the 成文日期 left blank",
      text: withLine("2026年11月25日", "    年  月  日"),
      findings: [{ messageId: "placeholder", data: { what: "“年  月  日”" }, paragraph: 22, text: "年  月  日" }],
    },
    {
      name: "underscores for a date",
      text: "关于召开会议的通知\n定于＿＿＿＿年＿＿月＿＿日召开。",
      findings: [
        {
          messageId: "placeholder",
          data: { what: "“＿＿＿＿年＿＿月＿＿日”" },
          paragraph: 1,
          text: "＿＿＿＿年＿＿月＿＿",
        },
      ],
    },
    {
      name: "XX县 only: the sample's stand-in, as info",
      text: notice(),
      findings: [
        {
          messageId: "standIn",
          data: { what: "“XX县”" },
          paragraph: 0,
          text: "XX",
          severity: "info",
          message: /“XX县”像是范文或示例中的代称/,
        },
        { messageId: "standIn", data: { what: "“XX县”" }, paragraph: 21, text: "XX", severity: "info" },
      ],
    },
    {
      name: "XX县 with another placeholder: an error",
      text: "关于召开会议的通知\nXX县人民政府定于XX月XX日召开会议。",
      findings: [
        {
          messageId: "placeholder",
          data: { what: "“XX县”、“XX月XX日”" },
          paragraph: 1,
          severity: "error",
          message: /“XX县”、“XX月XX日”/,
        },
      ],
    },
  ],
});

describe("document/placeholder on a drafting form", () => {
  const blocks = (text: string) =>
    checkDocument({ paragraphs: text.split("\n"), rules: [rule], fromForm: true }).findings.map((f) => f.severity);
  it("leaves the settings' stand-in organ name alone", () => {
    expect(blocks(notice())).toEqual([]);
  });
  it("reports a placeholder typed in a field", () => {
    expect(blocks(notice("县政府三楼第一会议室", "XX会议室"))).toEqual(["error"]);
  });
});
