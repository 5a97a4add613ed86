import rule from "../../../../src/core/rules/table/empty-required";
import { RECEIPT_HEADER, SEAL_HEADER, signin, sheet, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    { name: "every required cell filled", grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]])] },
    {
      name: "pre-numbered blank rows of a template are not data",
      grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null], [2], [3]])],
    },
    {
      name: "a unit merged down over three people counts for each of them",
      grids: [
        {
          ...signin([
            [1, "张三", "财政局", "科员", "8:50", null, null],
            [2, "李四", null, "科员", "8:51", null, null],
            [3, "王五", null, "科长", "8:52", null, null],
          ]),
          merges: [{ top: 3, left: 2, bottom: 5, right: 2 }],
        },
      ],
    },
    {
      name: "a blank 签收人 is left to receipt/unsigned",
      grids: [sheet("签收", [RECEIPT_HEADER, [1, "财政局", "2026-11-25", "书面", null, null, null, null]])],
    },
  ],
  invalid: [
    {
      name: "sign-in row without 职务 and 单位",
      grids: [signin([[1, "张三", null, null, "8:50", null, null]])],
      findings: [
        { messageId: "empty", data: { row: 4, column: "单位" }, cell: "C4", message: /第 4 行“单位”未填写/ },
        { messageId: "empty", data: { row: 4, column: "职务" }, cell: "D4", message: /“职务”未填写/ },
      ],
    },
    {
      name: "seal row without 份数 and 经办人",
      grids: [sheet("用印", [SEAL_HEADER, [1, "2026-11-02", "公章", "报送材料", null, "李主任", "书面", null, null]])],
      findings: [
        { messageId: "empty", data: { row: 2, column: "份数" }, cell: "E2" },
        { messageId: "empty", data: { row: 2, column: "经办人" }, cell: "I2" },
      ],
    },
  ],
});
