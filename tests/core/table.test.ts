import type { Grid } from "../../src/core/table/grid";
import { readRegister } from "../../src/core/table/register-table";
import { roleOfHeader } from "../../src/core/table/roles";

describe("rows that are not people or documents", () => {
  const names = (rows: (string | number | null)[][], merges: Grid["merges"] = []) =>
    readRegister({ sheet: "签到表", rows, merges }).rows.map((r) => r.cells[1]);

  it("skips totals rows, wherever 合计/小计/共计 is written in the row's first cells", () => {
    expect(
      names([
        ["序号", "姓名", "单位", "职务", "签名"],
        [1, "张三", "财政局", "局长", "张三"],
        ["合计", null, null, null, "1人"],
        [null, "小  计", null, null, 1],
        ["總計：2人", null, null, null, null],
        [2, "李四", "教育局", "科长", "李四"],
      ]),
    ).toEqual(["张三", "李四"]);
  });

  it("skips group headings and notes, keeps a printed name nobody signed", () => {
    expect(
      names(
        [
          ["序号", "姓名", "单位", "职务", "签名"],
          ["一、县领导", null, null, null, null],
          [1, "张三", "县政府", "县长", "张三"],
          ["各乡镇（街道）", null, null, null, null],
          [null, "李四", null, null, null],
          ["填表人：王五", null, null, "审核人：赵六", null],
          ["注：请本人签名", null, null, null, null],
        ],
        [{ top: 3, left: 0, bottom: 3, right: 4 }],
      ),
    ).toEqual(["张三", "李四"]);
  });

  it("restarts at a second header further down: a second ledger on the same sheet is its own run", () => {
    const table = readRegister({
      sheet: "用印",
      rows: [
        ["序号", "用印日期", "用印事由", "份数", "审批人", "经办人"],
        [1, "2025-12-30", "年终总结", 1, "张三", "李四"],
        ["2026年用印登记", null, null, null, null, null],
        ["序号", "日期", "事由", "份数", "审批人", "经办人"],
        [1, "2026-01-05", "请示", 2, "张三", "李四"],
      ],
    });
    expect(table.rows.map((r) => [r.cells[2], r.segment])).toEqual([
      ["年终总结", 0],
      ["请示", 1],
    ]);
  });
});

describe("reading a register from a grid", () => {
  it("finds the header under title rows, maps synonyms and traditional headers, keeps unknown columns", () => {
    const table = readRegister({
      sheet: "签到",
      rows: [
        ["全县安全生产工作会议签到表", null, null, null, null, null],
        ["会议时间：2026年12月3日上午9:00", null, null, null, null, null],
        ["序 号", "姓  名", "工作單位", "職務", "簽到時間", "座位号"],
        [1, "张三", "财政局", "科员", "8:50", "A1"],
        [null, null, null, null, null, null],
        [2, "李四", "民政局", "科长", "8:55", "A2"],
        [3, null, null, null, null, null],
        ["注：本表会后交会务组存档。", null, null, null, null, null],
      ],
    });
    expect(table.kind).toBe("signin");
    expect(table.headerIndex).toBe(2);
    expect(table.roleColumns).toEqual({ seq: 0, name: 1, unit: 2, position: 3, signinTime: 4 });
    expect(table.columns[5]).toEqual({ index: 5, header: "座位号", role: null });
    expect(table.rows.map((r) => r.index)).toEqual([3, 5]);
    expect(table.meetingStart).toEqual({ date: { year: 2026, month: 12, day: 3 }, time: { hour: 9, minute: 0 } });
  });

  it("gives a role named by two columns to the better-named one, wherever it stands", () => {
    const incoming = readRegister({
      sheet: "收文",
      rows: [
        ["收文号", "收文日期", "来文单位", "文号", "标题", "类别"],
        [1, "2026-11-02", "市财政局", "市财〔2026〕5号", "关于预算的通知", "阅件"],
      ],
    });
    // 收文号 is the register's own running number; 文号 is the document's.
    expect(incoming.roleColumns).toMatchObject({ seq: 0, docNumber: 3 });
    const seal = readRegister({
      sheet: "用印",
      rows: [
        ["序号", "用印日期", "用印事由", "份数", "申请人", "审批人", "经办人"],
        [1, "2026-11-07", "开具证明", 1, "孙七", "李局长", "李局长"],
      ],
    });
    expect(seal.roleColumns).toMatchObject({ approver: 5, handler: 6 });
    expect(seal.columns[4].role).toBeNull();
  });

  it("reads a plain 单位 column of a receipt register as the units notified", () => {
    const table = readRegister({
      sheet: "签收",
      rows: [
        ["序号", "单位", "通知方式", "发出时间", "签收人", "签收时间"],
        [1, "县财政局", "电话", "2026-12-01 10:00", "张三", "2026-12-01 10:05"],
      ],
    });
    expect(table.kind).toBe("receipt");
    expect(table.roleColumns).toMatchObject({ receivingUnit: 1 });
    expect(table.roleColumns.unit).toBeUndefined();
    expect(table.columns[1].role).toBe("receivingUnit");
  });

  it("reads the meeting start from a label in one cell and the value in the next", () => {
    const table = readRegister({
      sheet: "s",
      rows: [
        ["会议时间：", "2026-12-03 14:30"],
        ["姓名", "单位", "签到时间"],
      ],
    });
    expect(table.meetingStart?.time).toEqual({ hour: 14, minute: 30 });
  });

  it("honours a used range that starts at C5", () => {
    const table = readRegister({
      sheet: "s",
      origin: { row: 4, col: 2 },
      rows: [
        ["姓名", "单位", "签到时间"],
        ["张三", "财政局", "8:50"],
      ],
    });
    expect(table.rows).toHaveLength(1);
  });

  it.each([
    ["收文登记", ["收文日期", "来文单位", "文号", "类别", "拟办意见"], "incoming"],
    ["用印", ["序号", "日期", "印章名称", "事由", "数量", "批准人", "承办人"], "seal"],
    ["签收", ["受文单位", "接收人", "签收日期", "发送方式"], "receipt"],
    ["名单", ["姓名", "单位", "是否请假"], "roster"],
  ])("detects %s", (sheet, header, kind) => {
    expect(readRegister({ sheet, rows: [header] }).kind).toBe(kind);
  });

  it.each([
    ["联系电话（手机）", "phone"],
    ["*姓名", "name"],
    ["本人签字", "signature"],
    ["参会人员姓名", "name"],
    ["备  注", "remark"],
    ["发送时间", "sentTime"],
    ["会议签到表", "signinTime"],
    ["全县安全生产工作会议签到表", null],
    // A longer header naming something about a role's column is not that column.
    ["签到地点", null],
    ["签到地址", null],
    ["通知人数", null],
    ["签收份数", "copies"],
    ["上午签到", "signinTime"],
    ["经办人签字", "handler"],
    ["发文编号", "docNumber"],
    ["來文單位", "fromUnit"],
  ])("header %s → %s", (header, role) => expect(roleOfHeader(header)).toBe(role));
});
