import { DEFAULT_OPTIONS } from "../../../../src/core/rules/config";
import { checkWorkbook } from "../../../../src/core/rules/run-registers";
import { readRegister } from "../../../../src/core/table/register-table";
import type { CellValue } from "../../../../src/core/table/grid";

const kindOf = (header: CellValue[], row: CellValue[] = []) =>
  checkWorkbook([{ sheet: "Sheet1", rows: [header, row] }], DEFAULT_OPTIONS).sheets[0].kind;

describe("a 会议材料发放登记表 is read as one, under the headers offices give it", () => {
  it.each([
    // 文件资料发放签收表, fields in order: http://bbs.dlss.cn/jxfw/202505/158510.html
    [
      [
        "发放日期",
        "编号",
        "文件名称",
        "文件类别",
        "接收部门",
        "接收人姓名",
        "职位",
        "联系方式",
        "签收时间",
        "备注",
        "签字",
      ],
    ],
    // 涉密文件清退登记表, fields: https://www.fudaoke.com/exam/3301039.html
    [["文件文号", "文件标题", "密级", "保密期限", "清退人", "接收人", "清退日期"]],
    // As RULES.md §8 and the 会务 practice name the columns.
    [["序号", "材料名称", "份号", "密级", "领取人", "单位", "签字", "领取时间", "回收时间", "回收人"]],
    [["序号", "资料名称", "领取单位", "领取人签字", "领取日期", "是否回收"]],
    [["序号", "会议材料", "姓名", "单位", "签名"]],
    [["序号", "文件名称", "份号", "接收人", "签收时间", "回收情况"]],
  ])("%j", (header) => {
    expect(kindOf(header)).toBe("materials");
  });

  it("文件签收单 (http://bbs.gdswjx.net/jxfw/202507/268763.html) is still a notice receipt register", () => {
    expect(kindOf(["文件名称", "文件编号", "发送单位", "接收单位", "签收人", "签收时间", "签收方式", "备注"])).toBe(
      "receipt",
    );
  });

  it("a sign-in sheet and a receipt register keep their kinds", () => {
    expect(kindOf(["序号", "姓名", "单位", "职务", "签到时间", "签名"])).toBe("signin");
    expect(kindOf(["序号", "接收单位", "发出时间", "通知方式", "签收人", "签收时间", "回执", "密级"])).toBe("receipt");
  });

  it("columns are read as the recipient's: 姓名, 单位, 签收时间; 编号 beside 序号 is the copy number", () => {
    const table = readRegister({
      sheet: "S",
      rows: [
        ["序号", "编号", "材料名称", "姓名", "单位", "签收", "签收时间"],
        [1, "001", "讲话稿", "王芳", "县财政局", "王芳", "12月3日"],
      ],
    });
    expect(table.kind).toBe("materials");
    expect(table.roleColumns).toMatchObject({
      seq: 0,
      copyNumber: 1,
      material: 2,
      recipient: 3,
      recipientUnit: 4,
      signature: 5,
      collectTime: 6,
    });
  });

  it("the dlss layout: 编号 alone is the copy number, 接收人姓名 the recipient, 签收时间 the time", () => {
    const table = readRegister({
      sheet: "S",
      rows: [
        [
          "发放日期",
          "编号",
          "文件名称",
          "文件类别",
          "接收部门",
          "接收人姓名",
          "职位",
          "联系方式",
          "签收时间",
          "备注",
          "签字",
        ],
        [
          "2026-12-03",
          "001",
          "讲话稿",
          "会议材料",
          "财务科",
          "王芳",
          "科长",
          "13905712233",
          "2026-12-03 08:50",
          null,
          "王芳",
        ],
      ],
    });
    expect(table.roleColumns).toMatchObject({
      copyNumber: 1,
      docTitle: 2,
      recipientUnit: 4,
      recipient: 5,
      // 签收时间, the recipient's; 发放日期 (column 0) is the clerk's date of issue.
      collectTime: 8,
      signature: 10,
    });
    expect(table.columns[0]).toMatchObject({ role: null, secondFor: "collectTime" });
  });
});
