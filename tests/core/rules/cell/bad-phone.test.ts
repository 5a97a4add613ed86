import rule from "../../../../src/core/rules/cell/bad-phone";
import { MEETING_LINE, sheet, signin, testRule } from "../../rule-tester";

const withPhone = (phone: string | number) => [signin([[1, "张三", "财政局", "科员", "8:50", phone, null]])];

testRule(rule, {
  valid: [
    ...[
      "13800138000",
      "138 0013 8000",
      "138-0013-8000",
      "+86 138 0013 8000",
      "010-66668888",
      "0571-8765 4321",
      "(0571)87654321",
      "0571-87654321转8001",
      "400-810-8888",
      "13800138000/010-66668888",
      "１３８００１３８０００",
      // Hong Kong, Macau, Taiwan and abroad; an office's internal line with its extension.
      "852-2345 6789",
      "+853 2888 1234",
      "(852) 9123 4567",
      "+886 2 2345 6789",
      "+1 415 555 0100",
      "+44 20 7946 0958",
      "83561200转6120",
      "8356120转612",
    ].map((p) => ({
      name: p,
      grids: withPhone(p),
    })),
    { name: "a number cell", grids: withPhone(13800138000) },
  ],
  invalid: [
    {
      name: "10 digits",
      grids: withPhone("1380013800"),
      findings: [{ messageId: "badPhone", data: { text: "1380013800" }, cell: "F4", message: /1380013800/ }],
    },
    {
      name: "landline without area code",
      grids: withPhone("66668888"),
      findings: [{ messageId: "badPhone", data: { text: "66668888" }, cell: "F4" }],
    },
    {
      name: "852 with too few digits",
      grids: withPhone("852-2345678"),
      findings: [{ messageId: "badPhone", data: { text: "852-2345678" }, cell: "F4" }],
    },
    {
      name: "an extension after a short number",
      grids: withPhone("83561转6120"),
      findings: [{ messageId: "badPhone", data: { text: "83561转6120" }, cell: "F4" }],
    },
    {
      name: "mobile starting 12",
      grids: withPhone("12800138000"),
      findings: [{ messageId: "badPhone", data: { text: "12800138000" }, cell: "F4" }],
    },
    {
      name: "one bad of two",
      grids: withPhone("13800138000、5551234"),
      findings: [{ messageId: "badPhone", data: { text: "5551234" }, cell: "F4", message: /5551234/ }],
    },
    {
      name: "a second phone column (办公电话 beside 手机) is checked too",
      grids: [
        sheet("签到表", [
          [MEETING_LINE],
          ["序号", "姓名", "单位", "职务", "签到时间", "手机", "办公电话"],
          [1, "张三", "财政局", "科员", "8:50", "13800138000", "66668888"],
        ]),
      ],
      findings: [{ messageId: "badPhone", data: { text: "66668888" }, cell: "G3", message: /66668888/ }],
    },
  ],
});
