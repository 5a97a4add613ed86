import type { Minutes, Notice } from "../../src/core/meeting/notice";
import { SAMPLE_MINUTES, SAMPLE_NOTICE } from "../../src/samples/draft-inputs";

/** Requirements that bring the sample notice's 成文日期 near the foot of page 2. */
const NEAR_FOOT_REQUIREMENTS = [1, 2].map(
  (i) => `第${i}项要求：各单位要高度重视，认真落实会议精神，明确分管领导和具体责任人，于12月1日前报送PDF材料`,
);

/** The drafted documents the layout test prints: the samples, and the shapes that strain a layout. */
export const LAYOUT_DOCUMENTS: { name: string; kind: "notice" | "minutes"; input: Notice | Minutes }[] = [
  { name: "示例通知", kind: "notice", input: SAMPLE_NOTICE },
  { name: "示例纪要", kind: "minutes", input: SAMPLE_MINUTES },
  {
    name: "长标题",
    kind: "notice",
    input: {
      ...SAMPLE_NOTICE,
      title:
        "关于召开2026年全县安全生产暨冬春火灾防控工作会议和森林防灭火工作部署会议以及道路交通安全专项整治推进会的通知",
    },
  },
  {
    name: "五十七字标题",
    kind: "notice",
    input: {
      ...SAMPLE_NOTICE,
      title:
        "关于召开全县安全生产委员会全体成员扩大会议暨今冬明春安全防范和森林防灭火工作部署会议及道路交通安全整治推进会的通知",
    },
  },
  {
    name: "五个长附件",
    kind: "notice",
    input: {
      ...SAMPLE_NOTICE,
      attachments: [
        "2026年全县安全生产暨冬春火灾防控工作会议参会回执",
        "各乡镇人民政府和县直有关单位安全生产工作情况汇报提纲",
        "全县危险化学品企业安全检查工作方案（征求意见稿）",
        "冬春火灾防控重点单位名单",
        "会议议程",
      ],
    },
  },
  {
    name: "长抄送",
    kind: "notice",
    input: {
      ...SAMPLE_NOTICE,
      copyTo:
        "县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院，县人武部，各人民团体，县消防救援大队，县气象局，县供电公司",
    },
  },
  {
    name: "两机关联合行文",
    kind: "notice",
    input: { ...SAMPLE_NOTICE, issuer: "XX县人民政府办公室、XX县应急管理局" },
  },
  {
    name: "三机关联合行文",
    kind: "notice",
    input: { ...SAMPLE_NOTICE, issuer: "XX县人民政府办公室\nXX县应急管理局\nXX县消防救援大队" },
  },
  {
    name: "涉密特急",
    kind: "notice",
    input: { ...SAMPLE_NOTICE, copyNumber: "000123", classification: "机密★1年", urgency: "特急" },
  },
  {
    name: "三页通知",
    kind: "notice",
    input: {
      ...SAMPLE_NOTICE,
      requirements: Array.from(
        { length: 14 },
        (_, i) =>
          `第${i + 1}项要求：各单位要高度重视，认真落实会议精神，明确分管领导和具体责任人，按时报送有关材料，确保各项工作落到实处`,
      ),
    },
  },
  {
    // The body ends three lines above the foot of page 2: the 版记 fills them, its last rule on the 版心's foot.
    name: "正文止于第二页下部",
    kind: "notice",
    input: {
      ...SAMPLE_NOTICE,
      requirements: [NEAR_FOOT_REQUIREMENTS[0], "各单位要认真落实"],
    },
  },
  {
    // The body fills page 2 to its last line: the 版记 takes the foot of page 3, not its top.
    name: "正文写满第二页",
    kind: "notice",
    input: { ...SAMPLE_NOTICE, requirements: [...NEAR_FOOT_REQUIREMENTS, "各单位要认真落实"] },
  },
  {
    // 信函格式 (GB/T 9704 10.1): a 函's 发文字号.
    name: "信函格式",
    kind: "notice",
    input: { ...SAMPLE_NOTICE, docNumber: "X政办函〔2026〕45号" },
  },
  {
    name: "二十人出席的纪要",
    kind: "minutes",
    input: {
      ...SAMPLE_MINUTES,
      present: Array.from({ length: 20 }, (_, i) => `${"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"[i]}建国`),
      leave: ["郑凯"],
      attending: ["县应急管理局局长", "县财政局局长"],
    },
  },
];
