import rule from "../../../../src/core/rules/signin/not-invited";
import { roster, signin, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    { name: "no roster in the workbook", grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]])] },
    {
      name: "everyone on the roster",
      grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]]), roster([["张三", "财政局", "科员", null]])],
    },
  ],
  invalid: [
    {
      name: "a signer the roster does not list",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, null],
          [2, "吴刚", "文旅局", "科长", "8:51", null, null],
        ]),
        roster([["张三", "财政局", "科员", null]]),
      ],
      findings: [
        {
          messageId: "notInvited",
          data: { name: "吴刚", unit: "文旅局", roster: "名单" },
          cell: "B5",
          sheet: "签到表",
          message: /吴刚（文旅局）已签到，但不在名单“名单”上/,
        },
      ],
    },
    {
      name: "same name, another unit",
      grids: [signin([[1, "张三", "民政局", "科员", "8:50", null, null]]), roster([["张三", "财政局", "科员", null]])],
      findings: [{ messageId: "notInvited", data: { name: "张三", unit: "民政局", roster: "名单" }, cell: "B4" }],
    },
  ],
});
