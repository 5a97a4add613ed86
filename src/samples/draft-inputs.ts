import type { Minutes, Notice } from "../core/meeting/notice";

/** What `huiwu samples` writes as 会议通知.json: a complete notice for `huiwu draft notice`. */
export const SAMPLE_NOTICE: Notice = {
  issuer: "XX县人民政府办公室",
  docNumber: "X政办发〔2026〕45号",
  title: "关于召开2026年全县安全生产暨冬春火灾防控工作会议的通知",
  recipients: "各乡镇人民政府，县直各单位",
  name: "2026年全县安全生产暨冬春火灾防控工作会议",
  purpose: "为研究部署今冬明春安全生产工作，经县政府同意",
  start: "2026-12-03T09:00",
  place: "县政府三楼第一会议室",
  attendees: "各乡镇分管负责同志，县直有关单位主要负责同志",
  agenda: ["传达上级安全生产工作会议精神", "通报全县安全生产情况", "县政府领导讲话"],
  requirements: ["请参会人员提前15分钟到会签到，不得代签"],
  replyDeadline: "2026-12-01",
  contacts: [{ name: "王芳", phone: "0571-87654321" }],
  attachments: ["参会回执"],
  issueDate: "2026-11-25",
  copyTo: "县委办公室，县人大常委会办公室，县政协办公室",
  printedBy: "XX县人民政府办公室",
  printDate: "2026-11-25",
};

/** 会议纪要.json for `huiwu draft minutes` (出席/请假/列席 can come from the sign-in sample with --signin). */
export const SAMPLE_MINUTES: Minutes = {
  issuer: "XX县人民政府办公室",
  title: "县政府常务会议纪要",
  number: "第12期",
  meetingName: "全县安全生产工作会议",
  start: "2026-12-03T09:00",
  place: "县政府三楼第一会议室",
  chair: "县政府副县长王建国",
  summary: "研究部署今冬明春安全生产工作",
  decisions: [
    { text: "开展全县危化品企业安全检查", owner: "县应急管理局", deadline: "2026-12-15" },
    { text: "安排安全生产专项资金", owner: "县财政局", deadline: "12月底" },
    { text: "开展建筑工地冬季施工安全整治", owner: "县住建局", deadline: "年底" },
  ],
  distribution: "县委办公室，县人大常委会办公室，县政协办公室，存档",
  issueDate: "2026-12-07",
};
