import rule from "../../../../src/core/rules/seating/near-name";
import { testRule } from "../../rule-tester";
import { cards, chart, roster, withCell } from "./fixture";

testRule(rule, {
  valid: [
    { name: "names as on the roster", grids: [chart(), roster()] },
    { name: "a stranger is not a slip (seating/not-on-roster)", grids: [withCell(chart(), "D5", "欧阳春"), roster()] },
    { name: "no roster: nothing to compare", grids: [withCell(chart(), "C3", "张玮")] },
  ],
  invalid: [
    {
      name: "张玮 for 张伟: the same sound",
      grids: [withCell(chart(), "C3", "张玮"), roster()],
      findings: [
        {
          messageId: "sound",
          data: { written: "张玮", name: "张伟" },
          cell: "C3",
          message: /“张玮”不在参会名单上，与名单上的“张伟”读音相同/,
          related: ["'参会名单'!B4"],
        },
      ],
    },
    {
      name: "陈晓末 on a card for a roster 陈晓未: one character of similar shape, not of the same sound",
      grids: [cards(["陈晓末"]), roster([["陈晓未", "县政协"]])],
      findings: [
        {
          messageId: "shape",
          data: { written: "陈晓末", name: "陈晓未" },
          cell: "B3",
          message: /“陈晓末”.*“陈晓未”只差一个形近字/,
        },
      ],
    },
  ],
});
