import type { CellValue, Grid } from "../../src/core/table/grid";

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞宇浩然子轩欣怡晨阳";
const UNITS = [
  "县应急管理局",
  "县财政局",
  "县住建局",
  "县交通运输局",
  "县教育局",
  "县卫健局",
  "县民政局",
  "县自然资源局",
  "县农业农村局",
  "县文旅局",
  "县市场监管局",
  "县水利局",
];
const POSITIONS = ["局长", "副局长", "科长", "副科长", "科员", "主任"];

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A distinct name per index (three characters, or four past the three-character space). */
function nameOf(i: number): string {
  const a = SURNAMES[i % SURNAMES.length];
  const b = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length];
  const c = GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length];
  const d = Math.floor(i / (SURNAMES.length * GIVEN.length * GIVEN.length));
  return `${a}${b}${c}${d ? GIVEN[d % GIVEN.length] : ""}`;
}

/** Where the generated sheets keep the columns the attendance checks join on (0-based), below `HEADER_ROWS`. */
export const JOIN_COLUMNS = { signinName: 1, signinPhone: 5, rosterName: 0 };
export const HEADER_ROWS = { signin: 3, roster: 1 };

/**
 * A sign-in sheet of `rows` people with a roster of the same size, realistic and a little messy. `shuffled`:
 * people signed in a random order (several doors), their rows made in that order as a reader would make them.
 */
export function signinWorkbook(rows: number, seed = 7, shuffled = false): Grid[] {
  const rnd = random(seed);
  const signin: CellValue[][] = [
    ["全县大会签到表"],
    ["会议时间：2026年12月3日上午9:00"],
    ["序号", "姓名", "单位", "职务", "签到时间", "联系电话", "签名"],
  ];
  const roster: CellValue[][] = [["姓名", "单位", "职务", "是否请假"]];
  const signers: { i: number; minute: number; spaced: boolean }[] = [];
  for (let i = 0; i < rows; i++) {
    roster.push([nameOf(i), UNITS[i % UNITS.length], POSITIONS[i % POSITIONS.length], rnd() < 0.02 ? "是" : null]);
    if (rnd() < 0.05) continue;
    signers.push({ i, minute: Math.floor(rnd() * 40), spaced: rnd() < 0.01 });
  }
  if (shuffled) {
    const order = random(seed + 1);
    for (let k = signers.length - 1; k > 0; k--) {
      const j = Math.floor(order() * (k + 1));
      [signers[k], signers[j]] = [signers[j], signers[k]];
    }
  }
  for (const { i, minute, spaced } of signers) {
    const name = nameOf(i);
    const time =
      i % 4 === 0
        ? `8:${String(20 + minute).padStart(2, "0")}`
        : i % 4 === 1
          ? `上午8时${20 + minute}分`
          : i % 4 === 2
            ? 46359 + (8 * 60 + 20 + minute) / 1440
            : `2026-12-03 08:${String(20 + minute).padStart(2, "0")}`;
    const phone = `13${String(800000000 + i).padStart(9, "0")}`;
    signin.push([
      i + 1,
      spaced ? name.split("").join(" ") : name,
      UNITS[i % UNITS.length],
      POSITIONS[i % POSITIONS.length],
      time,
      i % 3 ? phone : phone.replace(/(\d{3})(\d{4})(\d{4})/, "$1 $2 $3"),
      nameOf(i),
    ]);
  }
  return [
    { sheet: "签到表", rows: signin },
    { sheet: "名单", rows: roster },
  ];
}

const SENDERS = [
  "市应急管理局",
  "市财政局",
  "市教育局",
  "市自然资源局",
  "市人民政府办公室",
  "市卫健委",
  "省交通运输厅",
];
const PREFIXES = ["市应急发", "市财预", "市教办", "市自然资发", "市政办发", "市卫发", "省交运函"];
const SUBJECTS = ["开展冬季安全生产大检查", "下达专项资金", "做好寒假安全工作", "报送年度统计数据", "召开全市工作会议"];

/** A 收文登记表 of `rows` documents in a year: numbered in order, a few faults of the kinds offices make. */
export function incomingRegister(rows: number, seed = 11): Grid[] {
  const rnd = random(seed);
  const sheet: CellValue[][] = [
    ["2026年收文登记表"],
    ["收文编号", "收文日期", "来文单位", "文号", "文件标题", "类别", "拟办意见", "主任审签"],
  ];
  for (let i = 0; i < rows; i++) {
    const sender = i % SENDERS.length;
    const day = 46023 + Math.floor((i / rows) * 330); // 2026-01-01 onwards, as Excel serials
    const action = rnd() < 0.4;
    sheet.push([
      `2026-${String(i + 1).padStart(5, "0")}`,
      i % 2 ? day : `2026.${Math.floor((i / rows) * 11) + 1}.${(i % 28) + 1}`,
      SENDERS[sender],
      rnd() < 0.01 ? `${PREFIXES[sender]}[2026]${i}号` : `${PREFIXES[sender]}〔2026〕${i + 1}号`,
      `关于${SUBJECTS[i % SUBJECTS.length]}的通知`,
      action ? "办件" : "阅件",
      action && rnd() < 0.97 ? "请相关股室办理" : null,
      action && rnd() < 0.97 ? "同意" : null,
    ]);
  }
  return [{ sheet: "收文登记表", rows: sheet }];
}
