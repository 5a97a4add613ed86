import rule from "../../../../src/core/rules/notice/no-copy-number";
import { notice, testTextRule } from "../../text-rule-tester";

const top = (lines: string) => (text: string) =>
  text.replace("XX县人民政府办公室文件", `${lines}\nXX县人民政府办公室文件`);

testTextRule(rule, {
  valid: [
    { name: "an open notice needs no 份号", text: notice() },
    { name: "份号 on the first line, 密级 on the next", text: top("000123\n机密★1年")(notice()) },
    { name: "份号 and 密级 on one line", text: top("000123 机密")(notice()) },
  ],
  invalid: [
    {
      name: "秘密★1年 with no 份号",
      text: top("秘密★1年")(notice()),
      findings: [
        {
          messageId: "missing",
          data: { secrecy: "秘密★1年" },
          paragraph: 0,
          text: "秘密★1年",
          message: /标有密级“秘密★1年”，但没有份号/,
        },
      ],
    },
  ],
});
