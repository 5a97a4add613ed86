import rule from "../../../../src/core/rules/seating/missing";
import { testRule } from "../../rule-tester";
import { PEOPLE, cards, chart, roster, withCell } from "./fixture";

testRule(rule, {
  valid: [
    { name: "everyone on the roster has a seat", grids: [chart(), roster()] },
    { name: "no roster in the workbook: nothing to miss", grids: [chart()] },
    {
      name: "someone on leave needs no seat",
      grids: [
        withCell(chart(), "C5", null),
        roster(PEOPLE.map(([n, u]) => [n, u, undefined, n === "孙磊" ? "是" : undefined])),
      ],
    },
    {
      name: "a seat written one character off counts (seating/near-name reports it)",
      grids: [withCell(chart(), "C3", "张玮"), roster()],
    },
    {
      name: "a 桌签 list with everyone, spaced names too",
      grids: [cards(["王建国", "李　娜", "张伟", "陈晓东", "刘洋", "赵敏", "孙磊"]), roster()],
    },
  ],
  invalid: [
    {
      name: "a roster person with no seat: at the roster's 姓名 cell",
      grids: [withCell(chart(), "C5", null), roster()],
      findings: [
        {
          messageId: "missing",
          data: { name: "孙磊", unit: "县卫健委", sheet: "座次图" },
          cell: "B8",
          sheet: "参会名单",
          message: /孙磊（县卫健委）在参会名单上，座次图中却没有他的座位或桌签/,
        },
      ],
    },
    {
      name: "a 桌签 list missing two",
      grids: [cards(["王建国", "李娜", "张伟", "陈晓东", "刘洋"]), roster()],
      findings: [
        {
          messageId: "missing",
          data: { name: "赵敏", unit: "县教育局", sheet: "桌签名单" },
          cell: "B7",
          message: /赵敏.*桌签名单中却没有/,
        },
        {
          messageId: "missing",
          data: { name: "孙磊", unit: "县卫健委", sheet: "桌签名单" },
          cell: "B8",
          message: /孙磊/,
        },
      ],
    },
  ],
});
