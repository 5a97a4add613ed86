import rule from "../../../../src/core/rules/document/punctuation";
import { minutes, notice, testTextRule } from "../../text-rule-tester";

const body = (...paragraphs: string[]) => ["关于召开会议的通知", ...paragraphs].join("\n");

testTextRule(rule, {
  valid: [
    { name: "the good notice", text: notice() },
    { name: "the good minutes", text: minutes() },
    { name: "a web address", text: body("报名网址：http://www.example.gov.cn/a?id=1;b=2,3，请登录。") },
    { name: "an e-mail address", text: body("材料发送至邮箱：ban_gong.shi@163.com，逾期不收。") },
    { name: "numbers and times", text: body("经费共计1,000元，增长3.5%，上午9:00开始，比例为1:1。") },
    { name: "an English run", text: body("请安装Word, Excel和WPS等软件。") },
    {
      name: "English words in parentheses, a phone's area code, a 文号",
      text: body("办公软件(Office)，电话(0571)87654321，依据X政办发(2026)45号。"),
    },
    { name: "a single … eliding", text: body("会议同意…。") },
    { name: "an English ellipsis", text: body("标语为“Keep going...”。") },
    { name: "a quotation of several paragraphs", text: body("“第一，提高认识。", "“第二，狠抓落实。”") },
    { name: "a title broken across lines", text: body("学习《关于加强", "安全生产工作的意见》。") },
    { name: "a list number closed on its own", text: body("1）参会人员；2）会议地点。") },
    { name: "a web page's ? for a character it could not show", text: body("撰稿人：张?华", "工作会议?，现将") },
    { name: "an HTML entity left by a web page", text: body("会议&nbsp;时间：12月3日。") },
  ],
  invalid: [
    {
      name: "half-width : and , in a sentence: one finding, the paragraph's fix",
      text: body("会议时间:2026年12月3日,地点:三楼。"),
      findings: [
        {
          messageId: "marks",
          data: { count: 3, what: "半角“:”2处、半角“,”" },
          paragraph: 1,
          text: ":2026年12月3日,地点:",
          fix: "：2026年12月3日，地点：",
          message: /本段标点不规范（3处）：半角“:”2处、半角“,”/,
        },
      ],
    },
    {
      name: "; and spaces an English habit left",
      text: body("请各单位准时参加 ; 不得缺席 , 谢谢。"),
      findings: [
        {
          messageId: "marks",
          data: { count: 2, what: "半角“;”、半角“,”" },
          paragraph: 1,
          text: " ; 不得缺席 , ",
          fix: "；不得缺席，",
        },
      ],
    },
    {
      name: "a question mark ending a sentence",
      text: body("是否同意?"),
      findings: [{ messageId: "marks", data: { count: 1, what: "半角“?”" }, paragraph: 1, text: "?", fix: "？" }],
    },
    {
      name: "half-width parentheses round Chinese words, or one half full-width",
      text: body("12月3日(星期四)上午，地点（三楼)。"),
      findings: [
        {
          messageId: "marks",
          data: { count: 3, what: "半角“(”、半角“)”2处" },
          paragraph: 1,
          text: "(星期四)上午，地点（三楼)",
          fix: "（星期四）上午，地点（三楼）",
          message: /（3处）：半角“\(”、半角“\)”2处/,
        },
      ],
    },
    {
      name: "a list number in a sentence",
      text: body("包括：(1)签到；(2)开会。"),
      findings: [
        {
          messageId: "marks",
          data: { count: 4, what: "半角“(”2处、半角“)”2处" },
          paragraph: 1,
          fix: "（1）签到；（2）",
        },
      ],
    },
    {
      name: "doubled marks",
      text: body("请准时参加。。", "各乡镇，，县直各单位"),
      findings: [
        {
          messageId: "marks",
          data: { count: 1, what: "“。。”重复" },
          paragraph: 1,
          text: "。。",
          fix: "。",
          message: /“。。”重复/,
        },
        { messageId: "marks", data: { count: 1, what: "“，，”重复" }, paragraph: 2, text: "，，", fix: "，" },
      ],
    },
    {
      name: "…… written ... or 。。。",
      text: body("会议研究了安全、环保...等事项", "会议要求。。。"),
      findings: [
        {
          messageId: "marks",
          data: { count: 1, what: "“...”应为“……”" },
          paragraph: 1,
          text: "...",
          fix: "……",
          message: /“...”应为“……”/,
        },
        { messageId: "marks", data: { count: 1, what: "“。。。”应为“……”" }, paragraph: 2, text: "。。。", fix: "……" },
      ],
    },
    {
      name: "the ordinal is the heading rule's: only the sentence's marks",
      text: body("(一)时间:12月3日"),
      findings: [{ messageId: "marks", data: { count: 1, what: "半角“:”" }, paragraph: 1, text: ":", fix: "：" }],
    },
    {
      name: "unpaired quotation and book-title marks: no fix",
      text: body("学习《条例》和“两学一做。", "学习《条例和文件。"),
      findings: [
        {
          messageId: "unpaired",
          data: { what: "引号不成对（缺后引号）" },
          paragraph: 1,
          text: "“",
          message: /本段引号不成对（缺后引号），请补上或删去多余的一个/,
        },
        {
          messageId: "unpaired",
          data: { what: "书名号不成对（缺后书名号）" },
          paragraph: 2,
          text: "《",
          message: /书名号不成对（缺后书名号）/,
        },
      ],
    },
    {
      name: "a closing parenthesis without its opening",
      text: body("会议地点：县政府三楼）。"),
      findings: [
        {
          messageId: "unpaired",
          data: { what: "括号不成对（缺前括号）" },
          paragraph: 1,
          text: "）",
          message: /括号不成对（缺前括号）/,
        },
      ],
    },
  ],
});
