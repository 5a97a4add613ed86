import rule from "../../../../src/core/rules/document/kind-unsure";
import { minutes, notice, testTextRule } from "../../text-rule-tester";

/** A news item about a meeting: neither the notice that called it nor its minutes. */
const NEWS_REPORT = `我县召开防汛工作推进会
6月12日上午，县委副书记李文新主持召开防汛工作推进会，县直有关单位负责人参加会议。
会上，各单位汇报了汛前准备情况。李文新强调，要压实责任，确保安全度汛。`;

const TRADITIONAL_NOTICE = `關於召開全縣安全生產工作會議的通知
各鄉鎮人民政府，縣直各單位：
縣政府定於2019年3月5日上午9時在縣政府三樓會議室召開全縣安全生產工作會議。請各單位主要負責人準時參加。
聯繫人：王明，電話：0571-88123456。`;

const UNTITLED_MINUTES = `2026年11月20日上午，副县长王建国在县政府三楼第一会议室主持召开专题会议。现将会议议定事项纪要如下：
一、会议同意由县应急管理局牵头，12月15日前完成检查。
出席：王建国、李娜`;

/** A 常务会议 record as a government site publishes it: no title word, no labels. */
const RECORD = `区政府召开第四十四次常务会议
11月27日，区长马培翼主持召开区政府第44次常务会议，区政府班子成员参加会议。
会议强调，环保、住建等相关部门要明确职责分工。
会议还研究了其他事项。`;

testTextRule(rule, {
  valid: [
    { name: "a 常务会议 record, known by its opening and its 会议强调", text: RECORD },
    {
      name: "a record whose opening sentence comes after labelled lines",
      text: `市政府第22次常务会议召开
会议时间: 10月16日
会议议题:
省级食品安全市创建工作、教育工作。
会议内容:
10月16日，市长祁学兰主持召开市政府常务会议。市领导石宝生、张福志出席会议。
会议研究了教育工作。会议强调，要坚持每月研究教育工作的制度。`,
    },
    { name: "a notice titled as one", text: notice() },
    { name: "minutes titled as such", text: minutes() },
    { name: "a notice in traditional script", text: TRADITIONAL_NOTICE },
    { name: "minutes with no title, known by their structure", text: UNTITLED_MINUTES },
  ],
  invalid: [
    {
      name: "a news report of a meeting",
      text: NEWS_REPORT,
      findings: [{ messageId: "unsure", data: { evidence: "" }, paragraph: null, message: /--kind/ }],
    },
    {
      name: "the same record closed by a reporter's byline",
      text: `${RECORD}（宋少奇）`,
      findings: [{ messageId: "unsure", data: { evidence: "" }, paragraph: null }],
    },
    {
      name: "a news agency's report, whatever decisions it quotes",
      text: `新华社北京2月26日电 十四届全国人大常委会第二十次委员长会议26日下午在北京人民大会堂举行。
会议听取了关于保守国家秘密法修订草案修改意见的汇报。
委员长会议决定，将上述草案修改稿提交常委会会议审议。`,
      findings: [{ messageId: "unsure", data: { evidence: "“会议决定”" }, paragraph: null }],
    },
    {
      name: "an office reporting its own meeting",
      text: RECORD.replace("11月27日，区长马培翼主持召开区政府", "11月27日，我局党组召开"),
      findings: [{ messageId: "unsure", data: { evidence: "" }, paragraph: null }],
    },
  ],
});
