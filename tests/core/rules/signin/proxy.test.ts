import rule from "../../../../src/core/rules/signin/proxy";
import { signin, testRule } from "../../rule-tester";

const signed = (name: string, signature: string | null) => [
  signin([[1, name, "财政局", "科员", "8:50", null, signature]]),
];

testRule(rule, {
  valid: [
    { name: "own signature", grids: signed("张三", "张三") },
    { name: "own signature with spaces", grids: signed("张三", "张 三") },
    { name: "a check mark", grids: signed("张三", "√") },
    { name: "no signature", grids: signed("张三", null) },
    { name: "代表 is not 代签", grids: signed("张三", "张三（人大代表）") },
  ],
  invalid: [
    { name: "X代", grids: signed("刘洋", "赵磊代"), findings: [{ cell: "G4", message: /赵磊代.*代签/ }] },
    { name: "代签", grids: signed("刘洋", "代签"), findings: [{ cell: "G4" }] },
    { name: "another person's name", grids: signed("刘洋", "赵磊"), findings: [{ cell: "G4", message: /与姓名不符/ }] },
  ],
});
