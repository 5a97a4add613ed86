import type { CellValue, Grid } from "../core/table/grid";

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

/** A sign-in sheet of `rows` people with a roster of the same size, realistic and a little messy. */
export function signinWorkbook(rows: number, seed = 7): Grid[] {
  const rnd = random(seed);
  const signin: CellValue[][] = [
    ["全县大会签到表"],
    ["会议时间：2026年12月3日上午9:00"],
    ["序号", "姓名", "单位", "职务", "签到时间", "联系电话", "签名"],
  ];
  const roster: CellValue[][] = [["姓名", "单位", "职务", "是否请假"]];
  for (let i = 0; i < rows; i++) {
    const name = nameOf(i);
    const unit = UNITS[i % UNITS.length];
    const position = POSITIONS[i % POSITIONS.length];
    roster.push([name, unit, position, rnd() < 0.02 ? "是" : null]);
    if (rnd() < 0.05) continue;
    const minute = Math.floor(rnd() * 40);
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
      rnd() < 0.01 ? name.split("").join(" ") : name,
      unit,
      position,
      time,
      i % 3 ? phone : phone.replace(/(\d{3})(\d{4})(\d{4})/, "$1 $2 $3"),
      name,
    ]);
  }
  return [
    { sheet: "签到表", rows: signin },
    { sheet: "名单", rows: roster },
  ];
}
