import rule from "../../../../src/core/rules/signin/proxy";
import { MEETING_LINE, sheet, signin, testRule } from "../../rule-tester";

const signed = (name: string, signature: string | null) => [
  signin([[1, name, "财政局", "科员", "8:50", null, signature]]),
];

/** A sheet with 备注 instead of 签名: the row's name and remark carry the note. */
const remarked = (name: string, remark: string) => [
  sheet("签到表", [[MEETING_LINE], ["序号", "单位", "姓名", "签到时间", "备注"], [1, "财政局", name, "8:50", remark]]),
];

testRule(rule, {
  valid: [
    { name: "own signature", grids: signed("张三", "张三") },
    { name: "own signature with spaces", grids: signed("张三", "张 三") },
    { name: "a check mark", grids: signed("张三", "√") },
    { name: "no signature", grids: signed("张三", null) },
    { name: "代表 is not 代签", grids: signed("张三", "张三（人大代表）") },
    { name: "own signature next to a name with a note", grids: signed("张三（迟到）", "张三") },
    { name: "a 备注 that speaks of an acting head", grids: remarked("张三", "代县长") },
    { name: "a note after the name that is not 代", grids: remarked("张三（人大代表）", "") },
  ],
  invalid: [
    {
      name: "X代",
      grids: signed("刘洋", "赵磊代"),
      findings: [
        { messageId: "proxyWord", data: { name: "刘洋", signature: "赵磊代" }, cell: "G4", message: /赵磊代.*代签/ },
      ],
    },
    {
      name: "代签",
      grids: signed("刘洋", "代签"),
      findings: [{ messageId: "proxyWord", data: { name: "刘洋", signature: "代签" }, cell: "G4" }],
    },
    {
      name: "（代） after the name points at the name",
      grids: remarked("李娜（代）", ""),
      findings: [
        {
          messageId: "noted",
          data: { name: "李娜", column: "姓名", text: "李娜（代）" },
          cell: "C3",
          message: /李娜 的姓名写有“李娜（代）”/,
        },
      ],
    },
    {
      name: "代签 in 备注 points at the remark",
      grids: remarked("赵敏", "刘洋代签"),
      findings: [
        {
          messageId: "noted",
          data: { name: "赵敏", column: "备注", text: "刘洋代签" },
          cell: "E3",
          message: /赵敏 的备注写有“刘洋代签”/,
        },
      ],
    },
    {
      name: "another person's name",
      grids: signed("刘洋", "赵磊"),
      findings: [
        { messageId: "otherName", data: { name: "刘洋", signature: "赵磊" }, cell: "G4", message: /与姓名不符/ },
      ],
    },
  ],
});
