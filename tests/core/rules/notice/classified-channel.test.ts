import rule from "../../../../src/core/rules/notice/classified-channel";
import { notice, testTextRule } from "../../text-rule-tester";

const classified = (text: string) => text.replace("XX县人民政府办公室文件", "秘密★1年\nXX县人民政府办公室文件");

testTextRule(rule, {
  valid: [
    { name: "an open meeting by WeChat", text: notice("不得代签。", "不得代签。本通知通过微信发送。") },
    { name: "a classified meeting in writing", text: classified(notice()) },
    {
      name: "a classified meeting that forbids WeChat",
      text: classified(notice("不得代签。", "不得代签。不得通过微信转发本通知。")),
    },
  ],
  invalid: [
    {
      name: "秘密★1年 and 微信发送",
      text: classified(notice("不得代签。", "不得代签。本通知通过微信发送。")),
      findings: [
        {
          messageId: "channel",
          data: { classified: "秘密★1年", channel: "通过微信发送" },
          paragraph: 17,
          text: "通过微信发送",
        },
      ],
    },
    {
      name: "涉密会议 and 短信通知",
      text: notice("不得代签。", "不得代签。本次会议为涉密会议，请收到短信通知后回复。"),
      findings: [
        {
          messageId: "channel",
          data: { classified: "涉密会议", channel: "短信通知" },
          paragraph: 16,
          text: "短信通知",
          message: /涉密会议的通知不能“短信通知”/,
        },
      ],
    },
  ],
});
