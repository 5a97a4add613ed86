import rule from "../../../../src/core/rules/receipt/no-reply";
import { testRule } from "../../rule-tester";
import { receipt } from "./fixture";

const row = (channel: string, reply: string | null) => [
  1,
  "财政局",
  "2026-11-25",
  channel,
  "王芳",
  "2026-11-25",
  reply,
  null,
];

testRule(rule, {
  valid: [
    { name: "in writing needs no reply", grids: [receipt([row("书面", null)])] },
    { name: "WeChat with a reply", grids: [receipt([row("微信", "已回复")])] },
    { name: "e-mail with a receipt", grids: [receipt([row("电子邮件", "是")])] },
  ],
  invalid: [
    {
      name: "WeChat, nothing",
      grids: [receipt([row("微信", null)])],
      findings: [
        {
          messageId: "noReply",
          data: { unit: "财政局", channel: "微信" },
          cell: "G3",
          message: /经“微信”发出，未记录回执/,
        },
      ],
    },
    {
      name: "SMS, 否",
      grids: [receipt([row("短信", "否")])],
      findings: [{ messageId: "noReply", data: { unit: "财政局", channel: "短信" }, cell: "G3" }],
    },
    {
      name: "e-mail, 未回复",
      grids: [receipt([row("邮件", "未回复")])],
      findings: [{ messageId: "noReply", data: { unit: "财政局", channel: "邮件" }, cell: "G3" }],
    },
    ...["QQ", "钉钉", "企业微信"].map((channel) => ({
      name: `${channel}, 否`,
      grids: [receipt([row(channel, "否")])],
      findings: [{ cell: "G3", message: new RegExp(`经“${channel}”发出`) }],
    })),
  ],
});
