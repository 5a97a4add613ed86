import rule from "../../../../src/core/rules/materials/not-recovered";
import { testRule } from "../../rule-tester";
import { copy, materials } from "./fixture";

testRule(rule, {
  valid: [
    { name: "not classified", grids: [materials([copy()])] },
    { name: "非密 and 内部 are not 涉密", grids: [materials([copy({ secrecy: "非密" }), copy({ secrecy: "内部" })])] },
    {
      name: "机密, recovered with a time or a 回收人",
      grids: [
        materials([
          copy({ secrecy: "机密", recovered: "2026-12-03 11:40" }),
          copy({ secrecy: "秘密", number: "002", recoverer: "赵敏" }),
        ]),
      ],
    },
    {
      name: "是否回收 says 已回收 or √",
      grids: [
        {
          sheet: "S",
          rows: [
            ["材料名称", "份号", "密级", "领取人", "签字", "是否回收"],
            ["讲话稿", 1, "秘密", "王芳", "王芳", "已回收"],
            ["讲话稿", 2, "秘密", "赵强", "赵强", "√"],
          ],
        },
      ],
    },
    {
      name: "a copy not given out needs no recovery",
      grids: [materials([copy({ secrecy: "绝密", name: null, unit: null, signature: null, time: null })])],
    },
  ],
  invalid: [
    {
      name: "秘密 with no 回收时间 nor 回收人: at the 回收时间 cell",
      grids: [materials([copy({ secrecy: "秘密" }), copy({ secrecy: "機密", number: "002", name: "李娜" })])],
      findings: [
        {
          cell: "I3",
          messageId: "noRecord",
          data: {
            secrecy: "秘密",
            material: "全县安全生产工作会议讲话稿",
            copy: "第 001 份",
            who: "王建国（县应急管理局）",
          },
          message: /秘密材料“全县安全生产工作会议讲话稿”第 001 份发给王建国（县应急管理局），没有回收记录/,
        },
        { cell: "I4", message: /機密材料/ },
      ],
    },
    {
      name: "是否回收 says 未回收 or 否",
      grids: [
        {
          sheet: "S",
          rows: [
            ["材料名称", "份号", "密级", "领取人", "签字", "是否回收"],
            ["讲话稿", 1, "秘密", "王芳", "王芳", "未回收"],
            ["讲话稿", 2, "秘密", "赵强", "赵强", "否"],
          ],
        },
      ],
      findings: [
        {
          messageId: "notRecovered",
          data: { secrecy: "秘密", material: "讲话稿", copy: "第 1 份", who: "王芳", state: "未回收" },
          cell: "F2",
          message: /回收情况为“未回收”/,
        },
        {
          messageId: "notRecovered",
          data: { secrecy: "秘密", material: "讲话稿", copy: "第 2 份", who: "赵强", state: "否" },
          cell: "F3",
        },
      ],
    },
    {
      name: "the title marks the sheet 机密 and there is no 回收 column: at the material",
      grids: [
        {
          sheet: "S",
          rows: [
            ["会议材料发放登记表（机密★1年）"],
            ["材料名称", "份号", "领取人", "签字"],
            ["讲话稿", 1, "王芳", "王芳"],
          ],
        },
      ],
      findings: [
        {
          messageId: "noColumn",
          data: { secrecy: "机密", material: "讲话稿", copy: "第 1 份", who: "王芳" },
          cell: "A3",
          message: /机密材料“讲话稿”第 1 份发给王芳，本表没有回收/,
        },
      ],
    },
  ],
});
