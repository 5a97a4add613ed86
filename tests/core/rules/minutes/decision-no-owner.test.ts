import rule from "../../../../src/core/rules/minutes/decision-no-owner";
import { minutes, testTextRule } from "../../text-rule-tester";

/** How a government site publishes a 常务会议: no labels, each decision a paragraph that opens 会议…. */
const RECORD = `区政府召开第44次常务会议
11月27日，区长马培翼在区政府三楼会议室主持召开区政府第44次常务会议，区政府班子成员参加会议。
会议指出，过去一年全区经济运行总体平稳，质量效益明显提升。
会议强调，环保、住建、城管、环卫等相关部门要明确职责分工，12月底前完成整治。
会议要求，区市场监督管理局牵头，卫健、教体等部门密切配合，于12月15日前完成排查。
会议原则通过《区学前教育发展行动计划》，请区教育局抓紧组织实施，年底前完成。
会议还研究了其他事项。`;

testTextRule(rule, {
  valid: [
    { name: "each decision has its unit", text: minutes() },
    {
      name: "a record: named units, an enumerated 等相关部门; an assessment and 会议还研究… are no decisions",
      text: RECORD,
    },
  ],
  invalid: [
    {
      name: "a decision that names nobody",
      text: minutes("会议明确县住建局负责建筑工地冬季施工安全整治", "会议明确建筑工地冬季施工安全整治要加强"),
      findings: [{ paragraph: 6, message: /议定事项“会议明确建筑工地冬季施工安全整治要加强.*”未明确责任部门/ }],
    },
    {
      name: "各单位 and 各级各部门 are everyone, so no one in particular",
      text: minutes("会议明确县住建局负责", "会议要求各单位"),
      findings: [{ paragraph: 6 }],
    },
    {
      name: "会议就…进行部署安排。会议强调，要… is a decision too",
      text: RECORD.replace(
        "会议还研究了其他事项。",
        "会议就做好当前各项工作进行部署安排。会议强调，要进一步细化分解工作任务。\n会议还研究了其他事项。",
      ),
      findings: [{ paragraph: 6 }],
    },
    {
      name: "高新区各部门、各单位 in a record",
      text: RECORD.replace("环保、住建、城管、环卫等相关部门要", "高新区各部门、各单位要"),
      findings: [{ paragraph: 3 }],
    },
    {
      name: "a plan passed in principle with nobody to carry it out",
      text: RECORD.replace("，请区教育局抓紧组织实施，年底前完成", ""),
      findings: [{ paragraph: 5, message: /原则通过/ }],
    },
  ],
});
