import rule from "../../../../src/core/rules/incoming/bad-category";
import { testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: ["阅件", "办件", "留档", " 办 件 "].map((category) => ({
    name: category,
    grids: [incoming([doc({ category })])],
  })),
  invalid: ["传阅", "急件", "参阅件"].map((category) => ({
    name: category,
    grids: [incoming([doc({ category })])],
    findings: [{ cell: "F2", message: new RegExp(`类别“${category}”不是阅件、办件或留档之一`) }],
  })),
});
