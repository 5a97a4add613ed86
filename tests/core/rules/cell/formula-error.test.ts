import rule from "../../../../src/core/rules/cell/formula-error";
import { signin, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    { name: "values", grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]])] },
    { name: "a # that is not an error", grids: [signin([[1, "张三", "财政局", "#3 号楼", "8:50", null, null]])] },
  ],
  invalid: ["#N/A", "#REF!", "#DIV/0!", "#VALUE!"].map((value) => ({
    name: value,
    grids: [signin([[1, value, "财政局", "科员", "8:50", null, null]])],
    findings: [{ cell: "B4", messageId: "error" as const, data: { header: "姓名", value } }],
  })),
});
