import rule from "../../../../src/core/rules/materials/duplicate-number";
import { testRule } from "../../rule-tester";
import { copy, materials } from "./fixture";

testRule(rule, {
  valid: [
    { name: "numbers 1 and 2", grids: [materials([copy(), copy({ number: "002", name: "李娜" })])] },
    {
      name: "the same number of two materials",
      grids: [materials([copy(), copy({ material: "会议议程", name: "李娜" })])],
    },
    {
      name: "a range and the numbers after it",
      grids: [materials([copy({ number: "001-003" }), copy({ number: "004", name: "李娜" })])],
    },
    {
      name: "a copy not given out shares a number with nobody",
      grids: [materials([copy(), copy({ name: null, unit: null, signature: null })])],
    },
  ],
  invalid: [
    {
      name: "003 and 3 are one copy: at the later row, related to the first",
      grids: [
        materials([
          copy({ number: "003" }),
          copy({ number: "002", name: "李娜" }),
          copy({ number: 3, name: "张伟", unit: "县住建局" }),
        ]),
      ],
      findings: [
        {
          cell: "C5",
          related: ["C3"],
          message:
            /“全县安全生产工作会议讲话稿”第 3 份已在第 3 行发给王建国（县应急管理局），这里又发给张伟（县住建局）/,
        },
      ],
    },
    {
      name: "inside a range given before; 同上 is the material above",
      grids: [materials([copy({ number: "第1-5份" }), copy({ material: "同上", number: "第4份", name: "李娜" })])],
      findings: [{ cell: "C4", message: /第 4 份已在第 3 行/ }],
    },
    {
      name: "编号 beside 序号 is the copy number",
      grids: [
        {
          sheet: "S",
          rows: [
            ["序号", "编号", "文件名称", "领取人", "领取时间"],
            [1, "A-01", "讲话稿", "王芳", "12月3日"],
            [2, "A-01", "讲话稿", "赵强", "12月3日"],
          ],
        },
      ],
      findings: [
        {
          messageId: "duplicate",
          data: { material: "讲话稿", number: "A-01", first: 2, firstWho: "王芳", who: "赵强" },
          cell: "B3",
          related: ["B2"],
          message: /第 A-01 份/,
        },
      ],
    },
  ],
});
