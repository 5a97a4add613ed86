import { type ChartOptions, seatingChart } from "../../../../src/core/seating/chart";
import type { CellValue, Grid } from "../../../../src/core/table/grid";

/** Seven people in seating order. */
export const PEOPLE: [string, string][] = [
  ["王建国", "县委"],
  ["李娜", "县政府"],
  ["张伟", "县人大"],
  ["陈晓东", "县政协"],
  ["刘洋", "县财政局"],
  ["赵敏", "县教育局"],
  ["孙磊", "县卫健委"],
];

/** A 参会名单 with 排序 (1, 2, 3… unless given): people from row 2, 姓名 in column B. */
export function roster(people: [string, string, number?, string?][] = PEOPLE): Grid {
  return {
    sheet: "参会名单",
    rows: [
      ["排序", "姓名", "单位", "是否请假"],
      ...people.map(([name, unit, rank, leave], i) => [rank ?? i + 1, name, unit, leave ?? null]),
    ],
  };
}

/**
 * The 座次图 the product draws for `people`: with the defaults here, the title on row 1, the band on row 2, the
 * 主席台 on row 3 (刘洋 B3, 张伟 C3, 王建国 D3, 李娜 E3, 陈晓东 F3), the hall's first row on row 5 (赵敏 B5, 孙磊 C5).
 */
export function chart(
  people: [string, string][] = PEOPLE,
  options: ChartOptions = { podium: 5, hallColumns: 4 },
): Grid {
  const drawn = seatingChart(
    people.map(([name, unit]) => ({ name, unit })),
    options,
  );
  return { sheet: drawn.sheet, rows: drawn.rows, merges: drawn.merges };
}

/** The grid with the cell at an A1 address set to `value`. */
export function withCell(grid: Grid, address: string, value: CellValue): Grid {
  const match = /^([A-Z])(\d+)$/.exec(address)!;
  const row = Number(match[2]) - 1;
  const col = match[1].charCodeAt(0) - 65;
  const rows = grid.rows.map((r) => [...r]);
  while (rows.length <= row) rows.push([]);
  rows[row][col] = value;
  return { ...grid, rows };
}

/** A one-column 桌签 list under its title: names from row 3 in column B. */
export function cards(names: string[]): Grid {
  return { sheet: "桌签", rows: [["全县工作会议桌签名单"], ["序号", "姓名"], ...names.map((n, i) => [i + 1, n])] };
}
