import rule from "../../../../src/core/rules/notice/bad-phone";
import { notice, testTextRule } from "../../text-rule-tester";

const contact = (line: string) => notice(/联系人：王芳.*/, line);

testTextRule(rule, {
  valid: [
    { name: "landline and mobile", text: notice() },
    { name: "one line with 手机", text: contact("联系人：王芳（手机：139 0571 2233）") },
    { name: "several contacts", text: contact("联系人：王芳、李明，联系电话：0571-87654321、0571-87654322") },
    { name: "extension", text: contact("联系人：王芳，电话：0571-87654321转8001") },
    { name: "a mobile after the name and a space", text: contact("联系人：张丽 13905712233") },
    { name: "local number in two groups", text: contact("联系人：王芳，联系电话：0571-8765 4321。") },
    { name: "local number with two dashes", text: contact("联系人：王芳，电话：（0571）8765-4321") },
    {
      name: "a local number listed after one with its area code shares it",
      text: contact("联系人：马骥，联系电话：0371--65956924、65907827"),
    },
    { name: "联系电话传真：one number for both", text: contact("联系人：王福成，联系电话传真：0451-82632603") },
    {
      name: "a 传真 number is no contact phone",
      text: contact("联系人：王芳，联系电话：0571—87827660；传真：87838692。"),
    },
  ],
  invalid: [
    {
      name: "no area code",
      text: contact("联系人：王芳，联系电话：8765432。"),
      findings: [{ messageId: "badPhone", data: { phone: "8765432" }, paragraph: 19, text: "8765432" }],
    },
    {
      name: "two groups without area code",
      text: contact("联系人：王芳，联系电话：8765 4321。"),
      findings: [{ messageId: "badPhone", data: { phone: "8765 4321" }, paragraph: 19, text: "8765 4321" }],
    },
    {
      name: "two numbers without area code on one line are one fault of that line",
      text: contact("联系人：王芳，联系电话：88405169 88405003"),
      findings: [
        {
          messageId: "badPhones",
          data: { phones: "“88405169”“88405003”" },
          paragraph: 19,
          text: "88405169 88405003",
          message: /“88405169”“88405003”都不是/,
        },
      ],
    },
    {
      name: "联系电话传真：without area code",
      text: contact("联系人：王福成，联系电话传真：82632603"),
      findings: [{ messageId: "badPhone", data: { phone: "82632603" }, paragraph: 19, text: "82632603" }],
    },
    {
      name: "the lines under a 联系方式： heading, in traditional script",
      text: notice(/联系人：王芳.*/, "聯系方式：\n江西省青少年科技活動中心：\n萬山青 1817009959"),
      findings: [{ messageId: "badPhone", data: { phone: "1817009959" }, paragraph: 21, text: "1817009959" }],
    },
    {
      name: "a mobile a digit short",
      text: contact("联系人：王芳，手机：1390571223。"),
      findings: [{ messageId: "badPhone", data: { phone: "1390571223" }, paragraph: 19, text: "1390571223" }],
    },
  ],
});
