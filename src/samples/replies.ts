import type { DocxTable } from "../core/replies/docx-table";
import type { Grid } from "../core/table/grid";
import type { LocalDate } from "../core/text/dates";

/** A notice that names its units one by one, a quota, a reply deadline, and the 回执 form as its attachment. */
export const REPLY_NOTICE_TITLE = "关于召开全县安全生产工作会议的通知";
export const REPLY_NOTICE_PARAGRAPHS = [
  "XX县人民政府办公室",
  REPLY_NOTICE_TITLE,
  "县应急管理局、县财政局、县住建局、县交通运输局、县教育局、城关镇人民政府：",
  "为研究部署今冬明春安全生产工作，经县政府同意，决定召开全县安全生产工作会议。现将有关事项通知如下：",
  "一、会议时间",
  "2026年12月3日（星期四）上午9:00，会期半天。",
  "二、会议地点",
  "县政府三楼第一会议室。",
  "三、参会人员",
  "各单位分管负责同志，每单位限报2人。",
  "四、有关要求",
  "请各单位于2026年12月1日前将参会回执（见附件）报县政府办公室。",
  "五、联系人及电话",
  "联系人：王芳，联系电话：0571-87654321。",
  "附件：参会回执",
  "XX县人民政府办公室",
  "2026年11月25日",
];

const FORM_WIDTHS = [1900, 900, 2400, 2200, 1200, 1200];
export const REPLY_FORM: DocxTable = {
  title: "参会回执",
  lines: ["单位（盖章）：", "联系人：              联系电话："],
  header: ["姓名", "性别", "职务", "联系电话", "是否住宿", "备注"],
  rows: [
    ["", "", "", "", "", ""],
    ["", "", "", "", "", ""],
  ],
  widths: FORM_WIDTHS,
  rowHeight: 560,
};

/** A 回执 as a unit sends it back, and the day it came (the sample file is dated so). */
export interface SampleReply {
  fileName: string;
  receivedOn: LocalDate;
  content: { kind: "xlsx"; grids: Grid[] } | { kind: "csv"; text: string } | { kind: "docx"; table: DocxTable };
}

const ON_TIME: LocalDate = { year: 2026, month: 11, day: 30 };

/** A 回执 sent as a workbook of one sheet, on time. */
const xlsxReply = (fileName: string, grid: Grid): SampleReply => ({
  fileName,
  receivedOn: ON_TIME,
  content: { kind: "xlsx", grids: [grid] },
});

/**
 * Five 回执 in five layouts, with the faults the merge must find: 县财政局's came late (12月2日), 县住建局 sent three
 * where two are allowed, 县交通运输局 typed 吴刚 twice, and 县教育局 sent none.
 */
export const SAMPLE_REPLIES: SampleReply[] = [
  xlsxReply("县应急管理局回执.xlsx", {
    sheet: "回执",
    rows: [
      ["全县安全生产工作会议参会回执", null, null, null, null, null, null],
      ["序号", "单位", "姓  名", "性别", "职务", "手机号码", "是否住宿"],
      [1, "县应急管理局", "王建国", "男", "局长", "13905712233", "否"],
      [2, "县应急管理局", "李娜", "女", "副局长", "13805712345", "否"],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
  }),
  {
    fileName: "县财政局回执.docx",
    receivedOn: { year: 2026, month: 12, day: 2 },
    content: {
      kind: "docx",
      table: {
        ...REPLY_FORM,
        lines: ["单位（盖章）：县财政局", "联系人：何静    联系电话：0571-87012345"],
        rows: [
          ["刘洋", "男", "副局长", "", "否", ""],
          ["何静", "女", "办公室主任", "", "否", "联络员"],
        ],
      },
    },
  },
  {
    fileName: "县住建局回执.csv",
    receivedOn: ON_TIME,
    content: {
      kind: "csv",
      text:
        "单位,姓名,职务,联系电话,备注\r\n" +
        "县住建局,张伟,副局长,13906661111,\r\n" +
        "县住建局,黄海,科长,13906662222,\r\n" +
        "县住建局,郑凯,科员,13906663333,汇报材料准备\r\n",
    },
  },
  xlsxReply("县交通运输局回执.xlsx", {
    sheet: "Sheet1",
    rows: [
      ["参会回执", null, null, null, null],
      ["单位名称", "姓名", "民族", "职务", "联系方式"],
      ["县交通运输局", "陈晓东", "汉族", "副局长", "13605718888"],
      [null, "吴刚", "回族", "安全科科长", "13506661234"],
      [null, "吴 刚", "回族", "安全科科长", "13506661234"],
      ["填表人：吴刚", null, null, null, null],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 2, left: 0, bottom: 4, right: 0 },
    ],
  }),
  xlsxReply("城关镇回执.xlsx", {
    sheet: "回执",
    rows: [
      ["姓名", "职务", "电话", "是否住宿"],
      ["城关镇人民政府", null, null, null],
      ["赵磊", "副镇长", "13606661234", "是"],
      ["钱敏", "安监站站长", "13606665678", "是"],
      ["联系人：钱敏  电话：13606665678", null, null, null],
    ],
    merges: [{ top: 1, left: 0, bottom: 1, right: 3 }],
  }),
];

export const REPLY_NOTICE_FILE = "会议通知（附回执，示例）.docx";
export const REPLY_FOLDER = "回执（示例）";
