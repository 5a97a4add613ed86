import rule from "../../../../src/core/rules/signin/leave-but-signed";
import { roster, signin, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    {
      name: "on leave and did not sign",
      grids: [
        signin([[1, "张三", "财政局", "科员", "8:50", null, null]]),
        roster([
          ["张三", "财政局", "科员", null],
          ["李四", "民政局", "科员", "是"],
        ]),
      ],
    },
  ],
  invalid: [
    ...["是", "请假", "√"].map((mark) => ({
      name: `marked ${mark} and signed`,
      grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]]), roster([["张三", "财政局", "科员", mark]])],
      findings: [
        {
          cell: "A2",
          sheet: "名单",
          related: ["'签到表'!B4"],
          messageId: "both" as const,
          data: { name: "张三", row: 4 },
          message: /张三 在名单上标为请假，但在第 4 行签了到/,
        },
      ],
    })),
  ],
});
