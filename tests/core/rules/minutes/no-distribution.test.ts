import rule from "../../../../src/core/rules/minutes/no-distribution";
import { minutes, testTextRule } from "../../text-rule-tester";

testTextRule(rule, {
  valid: [
    { name: "分送", text: minutes() },
    { name: "抄送", text: minutes("分送：", "抄送：") },
  ],
  invalid: [
    {
      name: "none",
      text: minutes(/\n分送：.*$/),
      findings: [{ messageId: "none", data: {}, paragraph: null, message: /没有写分送范围/ }],
    },
  ],
});
