import type { Grid } from "../core/table/grid";

/** Excel serial of 2026-12-03 08:58, as a date-time cell typed in Excel would hold it. */
const DEC3_0858 = 46359 + (8 * 60 + 58) / 1440;

/**
 * A sign-in sheet as clerks really keep one: merged title, a 会议时间 line, spaced and traditional
 * headers, mixed time forms, a note row — and the faults the product must find.
 */
export const SIGNIN_SHEET: Grid = {
  sheet: "签到表",
  rows: [
    ["2026年全县安全生产工作会议签到表", null, null, null, null, null, null],
    ["会议时间：2026年12月3日上午9:00    地点：县政府三楼第一会议室", null, null, null, null, null, null],
    ["序号", "姓  名", "單位", "职务", "签到时间", "联系电话", "本人签名"],
    [1, "王建国", "县应急管理局", "局长", "8:42", "139 0571 2233", "王建国"],
    [2, "李  娜", "县财政局", "副局长", "上午8时50分", "13805712345", "李娜"],
    [3, "张伟", "县住建局", "科长", DEC3_0858, "0571-8765 4321", "张伟"],
    [4, "陈晓东", "县交通运输局", "副局长", "9:12", "１３６０５７１８８８８", "陈晓东"],
    [5, "刘洋", "县市场监管局", "科员", "8:55", "13905712233", "赵磊代"],
    [6, "周敏", "县教育局", "副局长", "8:47", "1380571", "周敏"],
    [7, "王建国", "县应急管理局", "局长", "9:20", "13905712233", "王建国"],
    [8, "孙丽", "县卫健局", "主任", "2026/12/3 9:05", "13706661234", "孙丽"],
    [9, "黄海", "县自然资源局", "副局长", "8:61", "13606661234", "黄海"],
    [10, "吴刚", "县文旅局", "科长", "8:50", "13506661234", "吴刚"],
    [11, null, null, null, null, null, null],
    [12, null, null, null, null, null, null],
    ["注：本表会后交会务组存档，请于12月4日前报县政府办公室。", null, null, null, null, null, null],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 6 },
    { top: 1, left: 0, bottom: 1, right: 6 },
    { top: 15, left: 0, bottom: 15, right: 6 },
  ],
};

export const ROSTER_SHEET: Grid = {
  sheet: "参会名单",
  rows: [
    ["参会人员名单", null, null, null],
    ["姓名", "单位", "职务", "是否请假"],
    ["王建国", "县应急管理局", "局长", null],
    ["李娜", "县财政局", "副局长", null],
    ["张伟", "县住建局", "科长", null],
    ["陈晓东", "县交通运输局", "副局长", null],
    ["刘洋", "县市场监管局", "科员", null],
    ["周敏", "县教育局", "副局长", null],
    ["孙丽", "县卫健局", "主任", "是"],
    ["黄海", "县自然资源局", "副局长", null],
    ["郑凯", "县农业农村局", "局长", null],
    ["何静", "县民政局", "副局长", "请假"],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
};
