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
