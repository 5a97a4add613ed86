import rule from "../../../../src/core/rules/seal/self-approved";
import { testRule } from "../../rule-tester";
import { seal, use } from "./fixture";

testRule(rule, {
  valid: [{ name: "two people", grids: [seal([use()])] }],
  invalid: [
    {
      name: "same person",
      grids: [seal([use({ approver: "陈科长", handler: "陈科长" })])],
      findings: [{ messageId: "self", data: { name: "陈科长" }, cell: "F2", message: /陈科长 既是经办人又是审批人/ }],
    },
    {
      name: "经办人 approved, with an 申请人 column before it",
      grids: [
        {
          sheet: "用印登记",
          rows: [
            ["序号", "用印日期", "用印事由", "份数", "申请人", "审批人", "经办人"],
            [1, "2026-11-07", "开具证明", 1, "孙七", "李局长", "李局长"],
          ],
        },
      ],
      findings: [{ messageId: "self", data: { name: "李局长" }, cell: "F2", message: /李局长 既是经办人又是审批人/ }],
    },
    {
      name: "same person, spaced",
      grids: [seal([use({ approver: "陈 明", handler: "陈明" })])],
      findings: [{ messageId: "self", data: { name: "陈明" }, cell: "F2" }],
    },
  ],
});
