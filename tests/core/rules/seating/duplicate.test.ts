import rule from "../../../../src/core/rules/seating/duplicate";
import { testRule } from "../../rule-tester";
import { cards, chart, roster, withCell } from "./fixture";

testRule(rule, {
  valid: [
    { name: "one seat each", grids: [chart(), roster()] },
    { name: "one card each", grids: [cards(["王建国", "李娜"])] },
    {
      name: "a name merged over two rows is one seat",
      grids: [{ ...withCell(chart(), "B6", null), merges: [{ top: 4, left: 1, bottom: 5, right: 1 }] }, roster()],
    },
  ],
  invalid: [
    {
      name: "a second seat for 李娜 in the hall: at the second, naming the first",
      grids: [withCell(chart(), "D5", "李娜"), roster()],
      findings: [
        {
          messageId: "duplicate",
          data: { name: "李娜", first: "E3" },
          cell: "D5",
          message: /李娜 已在 E3 有座位或桌签/,
          related: ["E3"],
        },
      ],
    },
    {
      name: "two cards for one person, one written in traditional characters with spaces",
      grids: [cards(["王建国", "李娜", "王 建 國"])],
      findings: [
        {
          messageId: "duplicate",
          data: { name: "王建國", first: "B3" },
          cell: "B5",
          message: /已在 B3/,
          related: ["B3"],
        },
      ],
    },
  ],
});
