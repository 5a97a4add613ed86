import rule from "../../../../src/core/rules/minutes/missing-element";
import { minutes, testTextRule } from "../../text-rule-tester";

const LABELLED = `县政府专题会议纪要
会议时间：2026年12月3日上午
会议地点：县政府三楼第一会议室
主持人：王建国
会议议定如下：
一、由县应急管理局牵头，12月15日前完成检查。
出席：王建国、李娜`;

testTextRule(rule, {
  valid: [
    { name: "the good minutes", text: minutes() },
    { name: "labelled lines instead of an intro sentence", text: LABELLED },
  ],
  invalid: [
    {
      name: "no chair",
      text: minutes("县政府副县长王建国在县政府三楼第一会议室主持召开", "在县政府三楼第一会议室召开"),
      findings: [{ paragraph: null, message: /纪要缺少“主持人”/ }],
    },
    { name: "no 出席 line", text: minutes(/出席：.*\n/), findings: [{ paragraph: null, message: /出席/ }] },
    {
      name: "no place",
      text: LABELLED.replace("会议地点：县政府三楼第一会议室\n", ""),
      findings: [{ paragraph: null, message: /会议地点/ }],
    },
    {
      name: "no decisions",
      text: LABELLED.replace("一、由县应急管理局牵头，12月15日前完成检查。\n", ""),
      findings: [{ paragraph: null, message: /议定事项/ }],
    },
  ],
});
