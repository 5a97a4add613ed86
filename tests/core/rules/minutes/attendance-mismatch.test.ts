import { analyseAttendance } from "../../../../src/core/meeting/attendance";
import rule from "../../../../src/core/rules/minutes/attendance-mismatch";
import { readRegister } from "../../../../src/core/table/register-table";
import { minutes, testTextRule } from "../../text-rule-tester";

const signed = (...names: string[]) =>
  analyseAttendance(
    readRegister({ sheet: "签到", rows: [["姓名", "单位", "签到时间"], ...names.map((n) => [n, "县政府", "8:50"])] }),
    null,
    null,
  );

testTextRule(rule, {
  valid: [
    { name: "no sign-in sheet given", text: minutes() },
    {
      name: "出席 and 列席 match the signers",
      text: minutes(),
      attendance: signed("王建国", "李娜", "张伟", "陈晓东", "吴刚"),
    },
  ],
  invalid: [
    {
      name: "listed but did not sign",
      text: minutes(),
      attendance: signed("王建国", "李娜", "张伟", "吴刚"),
      findings: [
        { messageId: "notSigned", data: { name: "陈晓东" }, paragraph: 7, message: /“陈晓东”未在签到表上签到/ },
      ],
    },
    {
      name: "signed but not listed",
      text: minutes(),
      attendance: signed("王建国", "李娜", "张伟", "陈晓东", "吴刚", "孙丽"),
      findings: [
        {
          messageId: "notListed",
          data: { name: "孙丽" },
          paragraph: 7,
          message: /孙丽 在签到表上签到，但未列入出席或列席名单/,
        },
      ],
    },
  ],
});
