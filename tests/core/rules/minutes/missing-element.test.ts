import rule from "../../../../src/core/rules/minutes/missing-element";
import { minutes, testTextRule } from "../../text-rule-tester";

const LABELLED = `县政府专题会议纪要
会议时间：2026年12月3日上午
会议地点：县政府三楼第一会议室
主持人：王建国
会议议定如下：
一、由县应急管理局牵头，12月15日前完成检查。
出席：王建国、李娜`;

/** A 县长办公会 record as published: the day garbled by the site, attendance in a sentence, no place. */
const RECORD = `2025年1127日，区长马培翼主持召开区政府第44次常务会议，区政府班子成员参加会议。
会议要求，区市场监督管理局牵头，于12月15日前完成排查。
会议还研究了其他事项。`;

testTextRule(rule, {
  valid: [
    {
      name: "a record with its place; attendance as 参加会议, the chair as 会议由…主持",
      text: RECORD.replace("区长马培翼主持召开", "在区政府三楼会议室召开").replace(
        "参加会议。",
        "参加会议。会议由马培翼主持。",
      ),
    },
    { name: "the good minutes", text: minutes() },
    { name: "labelled lines instead of an intro sentence", text: LABELLED },
  ],
  invalid: [
    {
      name: "no chair",
      text: minutes("县政府副县长王建国在县政府三楼第一会议室主持召开", "在县政府三楼第一会议室召开"),
      findings: [{ messageId: "missing", data: { element: "主持人" }, paragraph: null, message: /纪要缺少“主持人”/ }],
    },
    {
      name: "no 出席 line",
      text: minutes(/出席：.*\n/),
      findings: [{ messageId: "missing", data: { element: "出席" }, paragraph: null, message: /出席/ }],
    },
    {
      name: "a record with no place: the garbled day still gives the time",
      text: RECORD,
      findings: [
        { messageId: "missing", data: { element: "会议地点" }, paragraph: null, message: /纪要缺少“会议地点”/ },
      ],
    },
    {
      name: "列席 is not 出席",
      text: RECORD.replace("区政府班子成员参加会议", "区政府相关部门列席会议").replace(
        "区长马培翼主持召开",
        "区长马培翼在区政府三楼会议室主持召开",
      ),
      findings: [{ messageId: "missing", data: { element: "出席" }, paragraph: null, message: /纪要缺少“出席”/ }],
    },
    {
      name: "no place",
      text: LABELLED.replace("会议地点：县政府三楼第一会议室\n", ""),
      findings: [{ messageId: "missing", data: { element: "会议地点" }, paragraph: null, message: /会议地点/ }],
    },
    {
      name: "no decisions",
      text: LABELLED.replace("一、由县应急管理局牵头，12月15日前完成检查。\n", ""),
      findings: [{ messageId: "missing", data: { element: "议定事项" }, paragraph: null, message: /议定事项/ }],
    },
  ],
});
