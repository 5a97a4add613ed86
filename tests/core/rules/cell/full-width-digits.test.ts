import rule from "../../../../src/core/rules/cell/full-width-digits";
import { INCOMING_HEADER, signin, sheet, testRule } from "../../rule-tester";

testRule(rule, {
  valid: [
    { name: "half-width phone", grids: [signin([[1, "张三", "财政局", "科员", "8:50", "13800138000", null]])] },
    {
      name: "full-width digits in a unit name are not numbers",
      grids: [signin([[1, "张三", "第１中学", "教师", "8:50", null, null]])],
    },
  ],
  invalid: [
    {
      name: "full-width phone",
      grids: [signin([[1, "张三", "财政局", "科员", "8:50", "１３８００１３８０００", null]])],
      findings: [
        {
          messageId: "fullWidth",
          data: { column: "联系电话", text: "１３８００１３８０００" },
          cell: "F4",
          fix: "13800138000",
        },
      ],
    },
    {
      name: "full-width time and doc number",
      grids: [
        sheet("收文", [
          INCOMING_HEADER,
          ["１", "2026-11-02", "市政府", "市政发〔２０２６〕３号", "通知", "阅件", null, null],
        ]),
      ],
      findings: [
        { messageId: "fullWidth", data: { column: "序号", text: "１" }, cell: "A2", fix: "1" },
        {
          messageId: "fullWidth",
          data: { column: "文号", text: "市政发〔２０２６〕３号" },
          cell: "D2",
          fix: "市政发〔2026〕3号",
        },
      ],
    },
  ],
});
