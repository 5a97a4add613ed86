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

/** Numbered minutes holding these decisions. */
const withDecisions = (...decisions: string[]) =>
  [
    "县政府第12次常务会议纪要",
    "2026年11月27日，县长王建国在县政府三楼会议室主持召开第12次常务会议。",
    "出席：王建国、李明、张华",
    ...decisions.map((d, i) => `${"一二三四五六"[i]}、${d}`),
  ].join("\n");

testTextRule(rule, {
  valid: [
    { name: "each decision has its unit", text: minutes() },
    {
      name: "a record: named units, an enumerated 等相关部门; an assessment and 会议还研究… are no decisions",
      text: RECORD,
    },
    {
      name: "owners under their labels, as careful secretaries write them (RULES.md §7)",
      text: withDecisions(
        "会议原则通过《农村危房改造实施方案》。责任单位：县住建局；完成时限：2026年12月20日前。",
        "会议同意启动老旧小区改造（牵头单位：县发改委，完成时限：2027年3月底）。",
      ),
    },
    {
      name: "owners who are set up, chair a group, or are a class of units by level",
      text: withDecisions(
        "会议决定设立产业引导基金，由市政府设立，年底前完成。",
        "会议同意成立创建工作领导小组，由常务副县长李明任组长，县发改委、财政局为成员单位，12月底前组建。",
        "会议要求各街道各部门于12月15日前完成排查。",
        "会议要求各县（市）区政府于2027年1月底前报送方案。",
        "会议要求市直各单位年内完成整改。",
      ),
    },
    {
      name: "an omitted item and an assessment decide nothing",
      text: `县政府第12次常务会议纪要
2026年11月27日，县长王建国在县政府三楼会议室主持召开第12次常务会议。
出席：王建国、李明、张华
一、会议原则通过《县农村公路养护办法》，由县交通运输局组织实施，12月31日前印发。
二、会议指出，各责任单位较好地完成了今年的防汛任务。
三、略`,
    },
  ],
  invalid: [
    {
      name: "a leader's requirement in the record is a decision, and 相关部门 names no one",
      text: RECORD.replace(
        "会议还研究了其他事项。",
        "徐祥华要求相关部门加快推进项目建设，12月底前完成。\n会议还研究了其他事项。",
      ),
      findings: [
        { messageId: "noOwner", data: { text: "徐祥华要求相关部门加快推进项目建设，12月底前完…" }, paragraph: 6 },
      ],
    },
    {
      name: "an item heading run on at the end of the previous item's line starts a new item",
      text: `县政府第12次常务会议纪要
2026年11月27日，县长王建国在县政府三楼会议室主持召开第12次常务会议。
出席：王建国、李明、张华
一、会议原则通过《县农村公路养护办法》，由县交通运输局组织实施，12月31日前印发。二、会议审定了《县城市绿化管理规定》，要求尽快印发。`,
      findings: [
        {
          messageId: "noOwner",
          data: { text: "会议审定了《县城市绿化管理规定》，要求尽快印发。" },
          paragraph: 3,
          message: /审定/,
        },
      ],
    },
    {
      name: "a decision that names nobody",
      text: minutes("会议明确县住建局负责建筑工地冬季施工安全整治", "会议明确建筑工地冬季施工安全整治要加强"),
      findings: [
        {
          messageId: "noOwner",
          data: { text: "会议明确建筑工地冬季施工安全整治要加强，年底前完…" },
          paragraph: 6,
          message: /议定事项“会议明确建筑工地冬季施工安全整治要加强.*”未明确责任部门/,
        },
      ],
    },
    {
      name: "各单位 and 各级各部门 are everyone, so no one in particular",
      text: minutes("会议明确县住建局负责", "会议要求各单位"),
      findings: [
        { messageId: "noOwner", data: { text: "会议要求各单位建筑工地冬季施工安全整治，年底前完…" }, paragraph: 6 },
      ],
    },
    {
      name: "会议就…进行部署安排。会议强调，要… is a decision too",
      text: RECORD.replace(
        "会议还研究了其他事项。",
        "会议就做好当前各项工作进行部署安排。会议强调，要进一步细化分解工作任务。\n会议还研究了其他事项。",
      ),
      findings: [
        { messageId: "noOwner", data: { text: "会议就做好当前各项工作进行部署安排。会议强调，要…" }, paragraph: 6 },
      ],
    },
    {
      name: "高新区各部门、各单位 in a record",
      text: RECORD.replace("环保、住建、城管、环卫等相关部门要", "高新区各部门、各单位要"),
      findings: [
        { messageId: "noOwner", data: { text: "会议强调，高新区各部门、各单位要明确职责分工，1…" }, paragraph: 3 },
      ],
    },
    {
      name: "a plan passed in principle with nobody to carry it out",
      text: RECORD.replace("，请区教育局抓紧组织实施，年底前完成", ""),
      findings: [
        {
          messageId: "noOwner",
          data: { text: "会议原则通过《区学前教育发展行动计划》。" },
          paragraph: 5,
          message: /原则通过/,
        },
      ],
    },
  ],
});
