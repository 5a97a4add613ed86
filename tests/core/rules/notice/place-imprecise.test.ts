import rule from "../../../../src/core/rules/notice/place-imprecise";
import { notice, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: ["县政府三楼第一会议室。", "县行政中心A座305室", "县人民大礼堂", "县会议中心二号厅"].map((place) => ({
    name: place,
    text: notice("县政府三楼第一会议室。", place),
  })),
  invalid: [
    {
      name: "县政府",
      text: notice("县政府三楼第一会议室。", "县政府。"),
      findings: [{ paragraph: 8, message: /会议地点“县政府”未具体到楼层、房间/ }],
    },
    { name: "另行通知", text: notice("县政府三楼第一会议室。", "另行通知"), findings: [{ paragraph: 8 }] },
  ],
});
