import rule from "../../../../src/core/rules/signin/absent";
import { roster, signin, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    {
      name: "everyone signed or is on leave",
      grids: [
        signin([[1, "张三", "财政局", "科员", "8:50", null, null]]),
        roster([
          ["张三", "财政局", "科员", null],
          ["李四", "民政局", "科员", "是"],
        ]),
      ],
    },
    { name: "no roster: absence is unknown", grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]])] },
  ],
  invalid: [
    {
      name: "a roster person who neither signed nor is on leave points at the roster",
      grids: [
        signin([[1, "张三", "财政局", "科员", "8:50", null, null]]),
        roster([
          ["张三", "财政局", "科员", null],
          ["郑凯", "农业农村局", "局长", null],
        ]),
      ],
      findings: [{ cell: "A3", sheet: "名单", message: /郑凯（农业农村局）在名单上，但未签到，也未请假/ }],
    },
    {
      name: "a pre-filled sign-in sheet is its own roster: a blank row is an absence",
      grids: [
        signin([
          [1, "张三", "财政局", "科员", "8:50", null, null],
          [2, "李四", "民政局", "科员", null, null, null],
        ]),
      ],
      findings: [{ cell: "B5", sheet: "签到表" }],
    },
  ],
});
