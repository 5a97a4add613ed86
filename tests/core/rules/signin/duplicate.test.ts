import rule from "../../../../src/core/rules/signin/duplicate";
import { signin, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    {
      name: "two people of the same name in different units",
      grids: [
        signin([
          [1, "王伟", "财政局", "科员", "8:50", null, null],
          [2, "王伟", "民政局", "科长", "8:51", null, null],
        ]),
      ],
    },
    {
      name: "different people",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, null],
          [2, "李四", "财政局", "科员", "8:51", null, null],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "same person signs twice",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, null],
          [2, "李四", "民政局", "科员", "8:51", null, null],
          [3, "张三", "财政局", "科员", "9:20", null, null],
        ]),
      ],
      findings: [
        {
          messageId: "duplicate",
          data: { name: "张三", unit: "财政局", first: 4 },
          cell: "B6",
          related: ["B4"],
          message: /张三（财政局）重复签到，第一次签到在第 4 行/,
        },
      ],
    },
    {
      name: "spaces, traditional characters and a blank unit still match",
      grids: [
        signin([
          [1, "張  三", "财政局", "科员", "8:50", null, null],
          [2, "张三", null, "科员", "8:55", null, null],
        ]),
      ],
      findings: [
        { messageId: "duplicate", data: { name: "张三", unit: "未填单位", first: 4 }, cell: "B5", related: ["B4"] },
      ],
    },
    {
      name: "a shortened unit name is the same unit",
      grids: [
        signin([
          [1, "张三", "县财政局", "科员", "8:50", null, null],
          [2, "张三", "财政局", "科员", "8:55", null, null],
        ]),
      ],
      findings: [{ messageId: "duplicate", data: { name: "张三", unit: "财政局", first: 4 }, cell: "B5" }],
    },
  ],
});
