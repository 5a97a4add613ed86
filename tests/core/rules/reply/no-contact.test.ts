import rule from "../../../../src/core/rules/reply/no-contact";
import { testReplyRule } from "./fixture";

testReplyRule(rule, {
  valid: [
    {
      name: "phones for everyone",
      files: [
        {
          file: "a.xlsx",
          rows: [
            ["姓名", "电话"],
            ["刘洋", "13905712233"],
          ],
        },
      ],
    },
    {
      name: "a contact's phone under the table",
      files: [
        {
          file: "a.xlsx",
          rows: [
            ["姓名", "职务"],
            ["刘洋", "副局长"],
            ["联系人：王芳  电话：0571-87654321", null],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "no phone anywhere",
      files: [
        {
          file: "a.xlsx",
          rows: [
            ["姓名", "职务"],
            ["刘洋", "副局长"],
            ["何静", "科长"],
          ],
        },
      ],
      findings: [{ messageId: "none", data: {}, file: "a.xlsx", message: /没有任何联系电话/ }],
    },
    {
      name: "one person without",
      files: [
        {
          file: "a.xlsx",
          rows: [
            ["姓名", "电话"],
            ["刘洋", "13905712233"],
            ["何静", null],
          ],
        },
      ],
      findings: [
        { messageId: "person", data: { name: "何静" }, file: "a.xlsx", cell: "B3", message: /^何静 没有联系电话/ },
      ],
    },
  ],
});
