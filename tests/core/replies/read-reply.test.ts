import { readReply } from "../../../src/core/replies/read-reply";
import type { CellValue, Grid } from "../../../src/core/table/grid";

const reply = (grids: Grid[], file = "回执.xlsx") => readReply({ file, grids, receivedOn: null });
const sheet = (rows: CellValue[][], merges: Grid["merges"] = []): Grid => ({ sheet: "Sheet1", rows, merges });
const people = (r: ReturnType<typeof reply>) => r.people.map((p) => `${p.unit}|${p.name}|${p.position}|${p.phone}`);

describe("reading a 回执 whatever its layout", () => {
  it("skips title rows, keeps 性别/民族/是否住宿 as extra columns, and says where each name is", () => {
    const r = reply([
      sheet(
        [
          ["全县安全生产工作会议参会回执", null, null, null, null, null, null],
          ["序号", "单位", "姓  名", "性别", "职务", "手机号码", "是否住宿"],
          [1, "县应急管理局", "王建国", "男", "局长", 13905712233, "否"],
          [2, "县应急管理局", "李  娜", "女", "副局长", "13805712345", "是"],
        ],
        [{ top: 0, left: 0, bottom: 0, right: 6 }],
      ),
    ]);
    expect(r.unreadable).toBe(false);
    expect(people(r)).toEqual(["县应急管理局|王建国|局长|13905712233", "县应急管理局|李娜|副局长|13805712345"]);
    expect(r.extraHeaders).toEqual(["性别", "是否住宿"]);
    expect(r.people[1].extras).toEqual({ 性别: "女", 是否住宿: "是" });
    expect(r.people[1].at).toEqual({ sheet: "Sheet1", cell: "C4", row: 4 });
    expect(r.unit).toBe("县应急管理局");
  });

  it("reads a unit merged down its people's rows", () => {
    const r = reply([
      sheet(
        [
          ["单位", "姓名", "职务", "联系电话"],
          ["城关镇", "赵磊", "副镇长", "13606661234"],
          [null, "钱敏", "党政办主任", "13606665678"],
          ["东湖镇", "孙强", "副镇长", "13706661234"],
        ],
        [{ top: 1, left: 0, bottom: 2, right: 0 }],
      ),
    ]);
    expect(people(r)).toEqual([
      "城关镇|赵磊|副镇长|13606661234",
      "城关镇|钱敏|党政办主任|13606665678",
      "东湖镇|孙强|副镇长|13706661234",
    ]);
    expect(r.unit).toBeNull();
  });

  it("reads a unit written once above its people, merged across or alone in the 姓名 column", () => {
    const r = reply([
      sheet(
        [
          ["姓名", "职务", "联系电话", "备注"],
          ["一、县教育局", null, null, null],
          ["周敏", "副局长", "13805719999", null],
          ["县卫健局", null, null, null],
          ["孙丽", "主任", "13706661234", "住宿"],
        ],
        [{ top: 1, left: 0, bottom: 1, right: 3 }],
      ),
    ]);
    expect(people(r)).toEqual(["县教育局|周敏|副局长|13805719999", "县卫健局|孙丽|主任|13706661234"]);
    expect(r.people[1].remark).toBe("住宿");
  });

  it("takes the unit from a `单位：` title line and the contact phone from the line under the table", () => {
    const r = reply([
      sheet([
        ["参会回执", null, null],
        ["单位（盖章）：县财政局", null, null],
        ["姓名", "职务", "备注"],
        ["刘洋", "副局长", null],
        ["联系人：王芳    联系电话：0571-87654321", null, null],
      ]),
    ]);
    expect(people(r)).toEqual(["县财政局|刘洋|副局长|"]);
    expect(r.unit).toBe("县财政局");
    expect(r.contactPhone).toBe("0571-87654321");
  });

  it("reads a label cell and its value above the header (单位名称 | 县住建局)", () => {
    const r = reply([
      sheet([
        ["单位名称", "县住建局", "联系人", "张伟"],
        ["姓名", "职务", "手机", "备注"],
        ["张伟", "科长", "13906661111", null],
      ]),
    ]);
    expect(people(r)).toEqual(["县住建局|张伟|科长|13906661111"]);
  });

  it("reads headers written in two languages or with notes inside them (Name/姓名, (原)职务(职级)或职称)", () => {
    const bilingual = reply([
      sheet([
        ["Name/姓名", "Gender/性别", "Profession/Career/职务/职称", "Telephone Number/电话", "Organization/工作单位"],
        ["周立波", "男", "副教授", "18612345678", "北京理工大学数学学院"],
      ]),
    ]);
    expect(people(bilingual)).toEqual(["北京理工大学数学学院|周立波|副教授|18612345678"]);
    const noted = reply([
      sheet([
        ["参会人员", "性别", "所属单位", "(原)职务(职级)或职称"],
        ["何立新", "男", "市老干部局", "原副局长"],
      ]),
    ]);
    expect(people(noted)).toEqual(["市老干部局|何立新|原副局长|"]);
  });

  it("does not take a yes-or-no column (是否会员单位) for the unit, and reads the unit from a 企业名称 row", () => {
    const r = reply([
      sheet([
        ["企业名称", "成都硅宝新材料股份有限公司", null, null],
        ["参会人员", "职务", "手机", "是否会员单位"],
        ["李志强", "副总经理", "18030610001", "是"],
      ]),
    ]);
    expect(people(r)).toEqual(["成都硅宝新材料股份有限公司|李志强|副总经理|18030610001"]);
    expect(r.people[0].extras).toEqual({ 是否会员单位: "是" });
  });

  it("names the columns of a two-row header by group and cell, and reads no one from its second row", () => {
    const r = reply([
      sheet(
        [
          ["姓名", "职务", "手机", "住宿", null],
          [null, null, null, "单住", "合住"],
          ["蒋红", "副处长", "13961212345", null, "√"],
        ],
        [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 1, right: 2 },
          { top: 0, left: 3, bottom: 0, right: 4 },
        ],
      ),
    ]);
    expect(people(r)).toEqual(["|蒋红|副处长|13961212345"]);
    expect(r.extraHeaders).toEqual(["住宿（单住）", "住宿（合住）"]);
    expect(r.people[0].extras).toEqual({ "住宿（合住）": "√" });
  });

  it("gives the mobile as the 联系电话 where a 回执 has an office phone and a mobile column", () => {
    const r = reply([
      sheet([
        ["序号", "姓名", "职务", "联系电话", "手机"],
        [1, "褚晓军", "统计主管", "0573-87011234", "13857301234"],
        [2, "严小芳", "统计员", "0573-87015678", null],
      ]),
    ]);
    expect(people(r)).toEqual(["|褚晓军|统计主管|13857301234", "|严小芳|统计员|0573-87015678"]);
    expect(r.people[0].phoneAt?.cell).toBe("E2");
  });

  it("finds no table of people in a letter or an empty sheet", () => {
    expect(reply([sheet([["各位领导："], ["我单位将派员参加。"]])]).unreadable).toBe(true);
    expect(reply([sheet([])]).unreadable).toBe(true);
  });
});

describe("a 回执 that sends nobody", () => {
  it("is a reply with no one on it, not an unreadable file", () => {
    const r = reply([
      sheet([
        ["单位：县审计局", null],
        ["姓名", "职务"],
        ["本单位无人参加", null],
      ]),
    ]);
    expect(r.unreadable).toBe(false);
    expect(r.people).toEqual([]);
    expect(r.unit).toBe("县审计局");
  });
});

describe("who a 回执 says is not coming", () => {
  it("leaves off the people marked 否 in a 是否参会 column, and keeps a 是否参加晚宴 column as it is", () => {
    const r = reply([
      sheet([
        ["序号", "单位名称", "姓名", "职务", "是否参会", "是否参加晚宴", "不能参会请说明原因"],
        [1, "化学与化工学院", "高建华", "副院长", "是", "否", null],
        [2, "化学与化工学院", "唐晓峰", "安全员", "否", null, "外出参加学术会议"],
        [3, "化学与化工学院", "许文静", "实验员", "是", "是", null],
      ]),
    ]);
    expect(r.people.map((p) => p.name)).toEqual(["高建华", "许文静"]);
  });

  it("reads a 回执 on which everyone declines (参会状态 无法参加) as a reply with no one, not an unreadable file", () => {
    const r = reply([
      sheet([
        ["姓名", "部门", "参会状态"],
        ["邓凯", "综合处", "无法参加"],
      ]),
    ]);
    expect(r.unreadable).toBe(false);
    expect(r.people).toEqual([]);
  });
});

describe("a 回执 that is a form for one person", () => {
  it("reads the person from label and value cells (姓名 | 罗庆, 工作单位 | …), the rest kept under its label", () => {
    const r = reply([
      sheet(
        [
          ["参会回执", null, null, null],
          ["姓名", "罗庆", "性别", "男"],
          ["工作单位", "河南财经政法大学资源与环境学院", null, null],
          ["职务/职称", "教授", "手机", "13837100426"],
          ["是否报告", "■作报告", null, null],
        ],
        [{ top: 2, left: 1, bottom: 2, right: 3 }],
      ),
    ]);
    expect(people(r)).toEqual(["河南财经政法大学资源与环境学院|罗庆|教授|13837100426"]);
    expect(r.people[0].at.cell).toBe("B2");
    expect(r.people[0].extras).toEqual({ 性别: "男", 是否报告: "■作报告" });
    expect(r.unit).toBe("河南财经政法大学资源与环境学院");
  });

  it("finds no one in the form as printed, before anyone filled it in", () => {
    const r = reply([
      sheet([
        ["参会回执", null, null, null],
        ["姓名", null, "性别", null],
        ["工作单位", null, null, null],
        ["职务/职称", null, "手机", null],
      ]),
    ]);
    expect(r.unreadable).toBe(true);
  });
});
