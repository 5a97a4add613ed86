import rule from "../../../../src/core/rules/signin/shared-phone";
import { signin, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    {
      name: "different phones",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", "13800138000", null],
          [2, "李四", "民政局", "科员", "8:51", "13900139000", null],
        ]),
      ],
    },
    {
      name: "the same person twice with one phone is a duplicate, not a shared phone",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", "13800138000", null],
          [2, "张三", "财政局", "科员", "8:51", "13800138000", null],
        ]),
      ],
    },
    {
      name: "a unit's 400 service number",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", "400-810-8888", null],
          [2, "李四", "财政局", "科员", "8:51", "4008108888", null],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "one mobile written two ways on two people's rows",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", "138 0013 8000", null],
          [2, "李四", "民政局", "科员", "8:51", "13800138000", null],
        ]),
      ],
      findings: [
        {
          messageId: "shared",
          data: { name: "李四", phone: "13800138000", other: "张三" },
          cell: "F5",
          related: ["F4"],
          message: /李四 的电话 13800138000 与 张三 相同/,
        },
      ],
    },
  ],
});
