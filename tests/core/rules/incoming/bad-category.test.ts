import rule from "../../../../src/core/rules/incoming/bad-category";
import { testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: [
    ...["阅件", "办件", "留档", " 办 件 ", "辦件"].map((category) => ({
      name: category,
      grids: [incoming([doc({ category })])],
    })),
    {
      name: "an OA export whose 来文类别 lists the kind of document (通知, 批复, 函), not how it is handled",
      grids: [incoming([doc({ category: "通知" }), doc({ category: "批复" }), doc({ category: "函" })])],
    },
  ],
  invalid: [
    ...["传阅", "急件", "参阅件"].map((category) => ({
      name: category,
      grids: [incoming([doc({ category })])],
      findings: [{ cell: "F2", message: new RegExp(`类别“${category}”不是阅件、办件或留档之一`) }],
    })),
    {
      name: "a 文种 written into a column that otherwise holds 阅件/办件",
      grids: [incoming([doc({ category: "办件" }), doc({ category: "通知" })])],
      findings: [{ messageId: "bad", data: { value: "通知" }, cell: "F3" }],
    },
  ],
});
