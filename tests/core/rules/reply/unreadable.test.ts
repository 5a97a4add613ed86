import rule from "../../../../src/core/rules/reply/unreadable";
import { people, testReplyRule } from "./fixture";

testReplyRule(rule, {
  valid: [{ name: "a table of people", files: [{ file: "a.xlsx", rows: people("县财政局", "刘洋") }] }],
  invalid: [
    {
      name: "a letter, no table",
      files: [{ file: "a.xlsx", rows: [["县财政局关于参会的回复"], ["我局将派刘洋同志参加。"]] }],
      findings: [{ messageId: "unreadable", data: {}, file: "a.xlsx", message: /没有找到参会人员表.*姓名/ }],
    },
    {
      name: "a file that could not be opened",
      files: [{ file: "b.docx", problem: "b.docx：文件已损坏或不完整，无法读取" }],
      findings: [
        {
          messageId: "damaged",
          data: { problem: "b.docx：文件已损坏或不完整，无法读取" },
          file: "b.docx",
          message: /^无法读取：b\.docx：文件已损坏/,
        },
      ],
    },
  ],
});
