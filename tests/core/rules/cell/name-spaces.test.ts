import rule from "../../../../src/core/rules/cell/name-spaces";
import { SEAL_HEADER, signin, sheet, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    { name: "plain name", grids: [signin([[1, "张三", "财政局", "科员", "8:50", null, null]])] },
    {
      name: "leading and trailing spaces only",
      grids: [signin([[1, " 张三 ", "财政局", "科员", "8:50", null, null]])],
    },
    {
      name: "a Latin name keeps its space",
      grids: [signin([[1, "John Smith", "外事办", "顾问", "8:50", null, null]])],
    },
  ],
  invalid: [
    {
      name: "spaces inside a name",
      grids: [signin([[1, "张  三", "财政局", "科员", "8:50", null, null]])],
      findings: [
        { messageId: "spaces", data: { column: "姓名", text: "张  三" }, cell: "B4", fix: "张三", message: /张 {2}三/ },
      ],
    },
    {
      name: "ideographic space in 审批人",
      grids: [sheet("用印", [SEAL_HEADER, [1, "2026-11-02", "公章", "报送", 1, "李\u3000明", "书面", null, "张敏"]])],
      findings: [{ messageId: "spaces", data: { column: "审批人", text: "李　明" }, cell: "F2", fix: "李明" }],
    },
  ],
});
