import rule from "../../../../src/core/rules/receipt/unit-missing";
import { sheet, testRule } from "../../rule-tester";
import { ok, receipt } from "./fixture";

const units = (...names: string[]) => sheet("参会单位", [["单位名称"], ...names.map((n) => [n])]);

testRule(rule, {
  valid: [
    { name: "every unit has a row", grids: [receipt([ok("县财政局"), ok("县民政局")]), units("县财政局", "县民政局")] },
    { name: "a shortened name matches", grids: [receipt([ok("财政局")]), units("县财政局")] },
    { name: "no roster of units", grids: [receipt([ok()])] },
  ],
  invalid: [
    {
      name: "a unit with no row points at the roster",
      grids: [receipt([ok("县财政局")]), units("县财政局", "县民政局")],
      findings: [
        {
          messageId: "missing",
          data: { unit: "县民政局", roster: "参会单位" },
          cell: "A3",
          sheet: "参会单位",
          message: /县民政局 在名单“参会单位”上，但签收登记表中没有它的签收记录/,
        },
      ],
    },
  ],
});
