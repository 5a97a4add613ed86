import rule from "../../../../src/core/rules/receipt/unsigned";
import { testRule } from "../../rule-tester";
import { ok, receipt } from "./fixture";

testRule(rule, {
  valid: [{ name: "signed with a time", grids: [receipt([ok()])] }],
  invalid: [
    {
      name: "nobody signed",
      grids: [receipt([[1, "财政局", "2026-11-25", "书面", null, null, null, null]])],
      findings: [
        { messageId: "noReceiver", data: { unit: "财政局" }, cell: "E3", message: /财政局 的通知无人签收/ },
        { messageId: "noTime", data: { unit: "财政局" }, cell: "F3", message: /未注明签收时间/ },
      ],
    },
    {
      name: "signed without a time",
      grids: [receipt([[1, "财政局", "2026-11-25", "书面", "王芳", " ", null, null]])],
      findings: [{ messageId: "noTime", data: { unit: "财政局" }, cell: "F3" }],
    },
  ],
});
