import rule from "../../../../src/core/rules/receipt/classified-channel";
import { testRule } from "../../rule-tester";
import { receipt } from "./fixture";

const row = (channel: string, secrecy: string | null) => [
  1,
  "财政局",
  "2026-11-25",
  channel,
  "王芳",
  "2026-11-25",
  "已回",
  secrecy,
];

testRule(rule, {
  valid: [
    { name: "classified, in writing", grids: [receipt([row("书面", "秘密")])] },
    { name: "open meeting by WeChat", grids: [receipt([row("微信", "非密")])] },
    { name: "no secrecy given", grids: [receipt([row("短信", null)])] },
    {
      name: "a meeting about 保密 work is not itself classified",
      grids: [receipt([row("微信", null)], "全县保密工作会议通知签收表")],
    },
  ],
  invalid: [
    ...["秘密", "机密", "绝密", "涉密"].map((secrecy) => ({
      name: `${secrecy} by WeChat`,
      grids: [receipt([row("微信", secrecy)])],
      findings: [{ cell: "D3", message: new RegExp(`密级为“${secrecy}”，不能通过“微信”发送`) }],
    })),
    {
      name: "秘密 by SMS",
      grids: [receipt([row("短信", "秘密")])],
      findings: [{ messageId: "channel", data: { unit: "财政局", secrecy: "秘密", channel: "短信" }, cell: "D3" }],
    },
    {
      name: "traditional script: 機密 by 簡訊/短信",
      grids: [receipt([row("短信", "機密")])],
      findings: [
        {
          messageId: "channel",
          data: { unit: "财政局", secrecy: "機密", channel: "短信" },
          cell: "D3",
          message: /密级为“機密”/,
        },
      ],
    },
    {
      name: "secrecy stated once above the header",
      grids: [receipt([row("微信", null)], "会议时间：2026年12月3日上午9:00  密级：机密")],
      findings: [{ messageId: "channel", data: { unit: "财政局", secrecy: "机密", channel: "微信" }, cell: "D3" }],
    },
    ...["签收登记表（机密）", "机密★1年", "秘密"].map((title) => ({
      name: `the sheet marked ${title} above the header`,
      grids: [receipt([row("微信", null)], title)],
      findings: [{ cell: "D3", message: /财政局 的通知密级为“(机密|秘密)”/ }],
    })),
  ],
});
