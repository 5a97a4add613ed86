import rule from "../../../../src/core/rules/materials/missed-person";
import { testRule } from "../../rule-tester";
import { FOUR, copy, materials, people, toEach } from "./fixture";

const AGENDA = { material: "会议议程" };

testRule(rule, {
  valid: [
    { name: "everyone got it", grids: [materials(toEach(FOUR)), people(FOUR)] },
    { name: "no roster: nothing to compare", grids: [materials(toEach(FOUR.slice(0, 3)))] },
    {
      name: "a material fewer than half got was not for everyone",
      grids: [materials([...toEach(FOUR), copy({ ...AGENDA, number: "001" })]), people(FOUR)],
    },
    {
      name: "someone on leave is not missed",
      grids: [materials(toEach(FOUR.slice(0, 3))), people([...FOUR.slice(0, 3), ["陈晓东", "县交通运输局", "请假"]])],
    },
    {
      name: "the roster's unit written shorter still matches",
      grids: [materials(toEach(FOUR)), people(FOUR.map(([n, u]) => [n, u.replace("县", "")]))],
    },
  ],
  invalid: [
    {
      name: "one of four missed the speech; the agenda went to two, half the roster: both missed",
      grids: [materials([...toEach(FOUR.slice(0, 3)), ...toEach(FOUR.slice(0, 2), AGENDA)]), people(FOUR)],
      findings: [
        {
          messageId: "missed",
          data: { who: "张伟（县住建局）", roster: "参会名单", material: "会议议程", got: 2, total: 4 },
          cell: "A4",
          sheet: "参会名单",
          message: /张伟（县住建局） 在名单“参会名单”上，但没有领取“会议议程”（名单上 2\/4 已领取）/,
        },
        {
          messageId: "missed",
          data: {
            who: "陈晓东（县交通运输局）",
            roster: "参会名单",
            material: "全县安全生产工作会议讲话稿",
            got: 3,
            total: 4,
          },
          cell: "A5",
          message: /陈晓东.*“全县安全生产工作会议讲话稿”（名单上 3\/4/,
        },
        {
          messageId: "missed",
          data: { who: "陈晓东（县交通运输局）", roster: "参会名单", material: "会议议程", got: 2, total: 4 },
          cell: "A5",
          message: /陈晓东.*“会议议程”/,
        },
      ],
    },
    {
      name: "copies given to units, checked against a roster of units",
      grids: [
        {
          sheet: "材料发放",
          rows: [
            ["序号", "文件名称", "领取单位", "签收人", "签收时间"],
            [1, "会议通知", "县财政局", "赵强", "11月25日"],
            [2, "会议通知", "县住建局", "钱进", "11月25日"],
          ],
        },
        { sheet: "参会单位", rows: [["单位名称"], ["县财政局"], ["县住建局"], ["县民政局"]] },
      ],
      findings: [
        {
          messageId: "missed",
          data: { who: "县民政局", roster: "参会单位", material: "会议通知", got: 2, total: 3 },
          cell: "A4",
          sheet: "参会单位",
          message: /县民政局 在名单“参会单位”上，但没有领取“会议通知”（名单上 2\/3/,
        },
      ],
    },
  ],
});
