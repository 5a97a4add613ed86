import type { CellValue, Grid } from "../../../../src/core/table/grid";

/** Columns A–J: 序号 材料名称 份号 密级 领取人 单位 签字 领取时间 回收时间 回收人. */
export const MATERIALS_HEADER = [
  "序号",
  "材料名称",
  "份号",
  "密级",
  "领取人",
  "单位",
  "签字",
  "领取时间",
  "回收时间",
  "回收人",
];

export interface Copy {
  material: CellValue;
  number: CellValue;
  secrecy: CellValue;
  name: CellValue;
  unit: CellValue;
  signature: CellValue;
  time: CellValue;
  recovered: CellValue;
  recoverer: CellValue;
}

const DEFAULT_COPY: Copy = {
  material: "全县安全生产工作会议讲话稿",
  number: "001",
  secrecy: null,
  name: "王建国",
  unit: "县应急管理局",
  signature: "王建国",
  time: "2026-12-03 08:50",
  recovered: null,
  recoverer: null,
};

export function copy(patch: Partial<Copy> = {}): Copy {
  return { ...DEFAULT_COPY, ...patch };
}

/** A 材料发放登记表 under its title: the header on row 2, copies from row 3. */
export function materials(copies: Copy[], title = "全县安全生产工作会议材料发放登记表"): Grid {
  return {
    sheet: "材料发放",
    rows: [
      [title],
      MATERIALS_HEADER,
      ...copies.map((c, i) => [
        i + 1,
        c.material,
        c.number,
        c.secrecy,
        c.name,
        c.unit,
        c.signature,
        c.time,
        c.recovered,
        c.recoverer,
      ]),
    ],
  };
}

/** A roster of people (姓名 in column A, from row 2). */
export function people(rows: [string, string, string?][]): Grid {
  return {
    sheet: "参会名单",
    rows: [["姓名", "单位", "是否请假"], ...rows.map(([name, unit, leave]) => [name, unit, leave ?? null])],
  };
}

/** The same copy given to each roster person, numbered from 1. */
export function toEach(roster: [string, string][], patch: Partial<Copy> = {}, from = 1): Copy[] {
  return roster.map(([name, unit], i) =>
    copy({ name, unit, signature: name, number: String(from + i).padStart(3, "0"), ...patch }),
  );
}

export const FOUR: [string, string][] = [
  ["王建国", "县应急管理局"],
  ["李娜", "县财政局"],
  ["张伟", "县住建局"],
  ["陈晓东", "县交通运输局"],
];
