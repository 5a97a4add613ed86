import rule from "../../../../src/core/rules/notice/place-imprecise";
import { notice, testTextRule } from "../../text-rule-tester";

const PRECISE = [
  "县政府三楼第一会议室。",
  "县行政中心A座305室",
  "县人民大礼堂",
  "县会议中心二号厅",
  "县政府1号楼3楼",
  "县政府办公楼五层",
  "县政府主楼三楼",
  "人民路12号",
];
const WHOLE_BUILDINGS = ["县政府大楼", "县政府1号楼", "县行政中心A座", "县政府办公楼", "县宾馆"];

/** No 会议地点 label: the opening sentence names the town, a later line the hall. */
const UNLABELLED = `关于召开政协第十四届芜湖市委员会第四次会议的通知
各位委员：
政协第十四届芜湖市委员会第四次会议将于2025年1月12日至15日上午在芜湖召开。现将会议有关事项通知如下：
一、会议时间
2025年1月12日上午9:00在市政务文化中心开幕，1月15日上午闭幕。
芜湖市政协办公室
2025年1月8日`;

testTextRule(rule, {
  valid: [
    ...PRECISE.map((place) => ({ name: place, text: notice("县政府三楼第一会议室。", place) })),
    {
      name: "在市区举行, and people come to a hall: the hall is the place",
      text: UNLABELLED.replace("在市政务文化中心开幕", "开幕").replace(
        "一、会议时间",
        "一、请全体委员于1月11日下午到天长宾馆三号楼大厅报到",
      ),
    },
  ],
  invalid: [
    {
      name: "县政府 (the finding quotes the place without its full stop)",
      text: notice("县政府三楼第一会议室。", "县政府。"),
      findings: [
        {
          messageId: "imprecise",
          data: { place: "县政府" },
          paragraph: 8,
          message: /会议地点“县政府”未具体到楼层、房间/,
        },
      ],
    },
    {
      name: "另行通知",
      text: notice("县政府三楼第一会议室。", "另行通知"),
      findings: [{ messageId: "imprecise", data: { place: "另行通知" }, paragraph: 8 }],
    },
    {
      name: "the opening sentence says 芜湖, a later line the venue without its hall: the venue is quoted",
      text: UNLABELLED,
      findings: [
        {
          messageId: "imprecise",
          data: { place: "市政务文化中心" },
          paragraph: 4,
          text: "市政务文化中心",
          message: /会议地点“市政务文化中心”/,
        },
      ],
    },
    ...WHOLE_BUILDINGS.map((place) => ({
      name: `${place}: a whole building or site`,
      text: notice("县政府三楼第一会议室。", place),
      findings: [{ paragraph: 8, message: new RegExp(`会议地点“${place}”`) }],
    })),
  ],
});
