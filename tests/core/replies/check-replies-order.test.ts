import { fileOfFinding } from "../../../src/core/replies/check-replies";
import { collectReplies } from "../../../src/core/replies/collect";
import type { CellValue } from "../../../src/core/table/grid";

const NOTICE = [
  "关于召开全县安全生产工作会议的通知",
  "县应急管理局、县财政局、县住建局：",
  "定于2026年12月3日上午9:00在县政府三楼第一会议室召开全县安全生产工作会议。",
  "一、参会人员",
  "各单位分管负责同志，每单位限报2人。",
  "二、有关要求",
  "请于2026年12月1日前将参会回执报县政府办公室。",
];

const HEADER = ["单位", "姓名", "职务", "联系电话"];
const sheet = (rows: CellValue[][]) => [{ sheet: "Sheet1", rows: [HEADER, ...rows] }];

describe("the order the 回执 findings are listed in (the pane and huiwu replies show it as it is)", () => {
  it("puts errors first, then warnings, then notes; within a severity the notice, then the files as given", () => {
    const { findings } = collectReplies({
      notice: { file: "通知.docx", paragraphs: NOTICE },
      order: "notice",
      sources: [
        {
          file: "县应急管理局回执.xlsx",
          grids: sheet([
            ["县应急管理局", "王芳", "科长", ""],
            ["县应急管理局", "李强", "科员", "13905710001"],
          ]),
          receivedOn: { year: 2026, month: 12, day: 2 },
          receivedHow: "登记的收到日期",
        },
        { file: "县财政局回执.docx", grids: [], receivedOn: null, problem: "文件已损坏" },
      ],
    });
    expect(findings.map((f) => [f.severity, f.ruleId, fileOfFinding(f)])).toEqual([
      ["error", "reply/unreadable", "县财政局回执.docx"],
      ["warning", "reply/missing-unit", "通知.docx"],
      ["warning", "reply/no-contact", "县应急管理局回执.xlsx"],
      ["info", "reply/late", "县应急管理局回执.xlsx"],
    ]);
  });
});
