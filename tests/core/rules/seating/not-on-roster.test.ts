import rule from "../../../../src/core/rules/seating/not-on-roster";
import { testRule } from "../../rule-tester";
import { PEOPLE, cards, chart, roster, withCell } from "./fixture";

testRule(rule, {
  valid: [
    { name: "everyone seated is on the roster", grids: [chart(), roster()] },
    { name: "no roster: nothing to check against", grids: [withCell(chart(), "D5", "欧阳春")] },
    { name: "a slip of one character is seating/near-name's", grids: [withCell(chart(), "C3", "张玮"), roster()] },
    {
      name: "someone on leave who still has a seat is on the roster",
      grids: [chart(), roster(PEOPLE.map(([n, u]) => [n, u, undefined, n === "孙磊" ? "请假" : undefined]))],
    },
    {
      name: "labels, notes and marks on the chart are no names",
      grids: [withCell(withCell(withCell(chart(), "G5", "过道"), "H5", "预留"), "A9", "入口"), roster()],
    },
  ],
  invalid: [
    {
      name: "a seat for someone not on the roster",
      grids: [withCell(chart(), "D5", "欧阳春"), roster()],
      findings: [
        {
          messageId: "notOnRoster",
          data: { name: "欧阳春", sheet: "座次图" },
          cell: "D5",
          message: /座次图中的“欧阳春”不在参会名单上/,
        },
      ],
    },
    {
      name: "a card for someone not on the roster",
      grids: [cards(["王建国", "马超"]), roster()],
      findings: [
        {
          messageId: "notOnRoster",
          data: { name: "马超", sheet: "桌签名单" },
          cell: "B4",
          message: /桌签名单中的“马超”不在参会名单上/,
        },
      ],
    },
  ],
});
