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

testTextRule(rule, {
  valid: PRECISE.map((place) => ({ name: place, text: notice("县政府三楼第一会议室。", place) })),
  invalid: [
    {
      name: "县政府 (the finding quotes the place without its full stop)",
      text: notice("县政府三楼第一会议室。", "县政府。"),
      findings: [{ paragraph: 8, message: /会议地点“县政府”未具体到楼层、房间/ }],
    },
    { name: "另行通知", text: notice("县政府三楼第一会议室。", "另行通知"), findings: [{ paragraph: 8 }] },
    ...WHOLE_BUILDINGS.map((place) => ({
      name: `${place}: a whole building or site`,
      text: notice("县政府三楼第一会议室。", place),
      findings: [{ paragraph: 8, message: new RegExp(`会议地点“${place}”`) }],
    })),
  ],
});
