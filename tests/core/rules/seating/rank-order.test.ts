import rule from "../../../../src/core/rules/seating/rank-order";
import { testRule } from "../../rule-tester";
import { PEOPLE, chart, roster, withCell } from "./fixture";

const swap = (a: string, b: string) => {
  const grid = chart();
  const at = (address: string) => grid.rows[Number(address.slice(1)) - 1][address.charCodeAt(0) - 65];
  return withCell(withCell(grid, a, at(b)), b, at(a));
};

testRule(rule, {
  valid: [
    { name: "the podium as drawn: 5 3 1 2 4 from the audience's left", grids: [chart(), roster()] },
    {
      name: "以右为上, set in the options",
      grids: [chart(PEOPLE, { podium: 5, hallColumns: 4, side: "right" }), roster()],
      options: { seatingSide: "right" },
    },
    {
      name: "以右为上, drawn so and said on the chart",
      grids: [chart(PEOPLE, { podium: 5, hallColumns: 4, side: "right" }), roster()],
    },
    {
      name: "two podium rows, the front row under the back one",
      grids: [chart(PEOPLE, { podium: 7, podiumRows: 2, hallColumns: 4 }), roster()],
    },
    {
      name: "ranks from the 排序 column, not the roster's row order",
      grids: [
        chart([PEOPLE[1], PEOPLE[0], ...PEOPLE.slice(2)]),
        roster(PEOPLE.map(([n, u], i) => [n, u, [2, 1, 3, 4, 5, 6, 7][i]])),
      ],
    },
    { name: "hall seats are not judged", grids: [swap("B5", "C5"), roster()] },
    { name: "no roster: no ranks", grids: [swap("D3", "E3")] },
  ],
  invalid: [
    {
      name: "1号 and 2号 swapped: at the first seat out of place, with the order it should have",
      grids: [swap("D3", "E3"), roster()],
      findings: [
        {
          messageId: "order",
          data: { row: "", rule: "1号居中、2号在1号左手（左高右低）", expected: "刘洋、张伟、王建国、李娜、陈晓东" },
          cell: "D3",
          message: /主席台的座次不合“1号居中、2号在1号左手（左高右低）”.*应为 刘洋、张伟、王建国、李娜、陈晓东/,
        },
      ],
    },
    {
      name: "drawn 左高右低 with no note on the chart, but the office seats 以右为上",
      grids: [withCell(chart(), "A7", null), roster()],
      options: { seatingSide: "right" },
      findings: [
        {
          messageId: "order",
          data: { row: "", rule: "1号居中、2号在1号右手（以右为上）", expected: "陈晓东、李娜、王建国、张伟、刘洋" },
          cell: "B3",
          message: /以右为上.*应为 陈晓东、李娜、王建国、张伟、刘洋/,
        },
      ],
    },
    {
      name: "someone in the back row outranks someone in front",
      grids: [
        (() => {
          const grid = chart(PEOPLE, { podium: 7, podiumRows: 2, hallColumns: 4 });
          // Front row (row 4): the first four; back row (row 3): 孙磊 刘洋 赵敏. 陈晓东 (4) and 刘洋 (5) change rows.
          const find = (name: string) => {
            for (let r = 0; r < grid.rows.length; r++) {
              const c = grid.rows[r].indexOf(name);
              if (c >= 0) return `${String.fromCharCode(65 + c)}${r + 1}`;
            }
            throw new Error(name);
          };
          const chen = find("陈晓东");
          const liu = find("刘洋");
          return withCell(withCell(grid, chen, "刘洋"), liu, "陈晓东");
        })(),
        roster(),
      ],
      findings: [
        {
          messageId: "backRow",
          data: { name: "陈晓东", rank: 4, row: "第二排", other: "刘洋", otherRank: 5 },
          cell: "C3",
          message: /陈晓东（名单第 4 位）坐在主席台第二排，却比前排的 刘洋（名单第 5 位）靠前：前排应高于后排/,
        },
      ],
    },
  ],
});
