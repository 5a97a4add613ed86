import rule from "../../../../src/core/rules/reply/missing-unit";
import { people, testReplyRule } from "./fixture";

const all = [
  { file: "应急局回执.xlsx", rows: people("县应急管理局", "王建国") },
  { file: "财政局.xlsx", rows: people("县财政局", "刘洋") },
  {
    file: "县住建局回执.xlsx",
    rows: [
      ["姓名", "职务", "联系电话"],
      ["张伟", "科长", "13906661111"],
    ],
  },
];

testReplyRule(rule, {
  valid: [
    { name: "every unit replied (one only by its file's name)", files: all },
    { name: "a unit spelled shorter", files: [...all.slice(0, 2), { file: "x.xlsx", rows: people("住建局", "张伟") }] },
    {
      name: "a notice naming no unit one by one",
      files: [],
      notice: ["关于召开会议的通知", "各乡镇人民政府，县直各单位："],
    },
    {
      // reply/unreadable says what is wrong with it; the unit did reply
      name: "an unreadable 回执 from the unit its name names",
      files: [all[0], all[1], { file: "县住建局回执.xlsx", rows: [["我局将派员参加"]] }],
    },
  ],
  invalid: [
    {
      name: "one unit sent nothing",
      files: all.slice(0, 2),
      findings: [
        { messageId: "missing", data: { unit: "县住建局" }, file: "通知.docx", message: /^县住建局 未报送回执$/ },
      ],
    },
  ],
});
