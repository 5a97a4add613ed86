import { basename } from "node:path";
import { type ChartOptions, seatingChart } from "../core/seating/chart";
import { rankedPeople, seated } from "../core/seating/ranked";
import { chartTitle, seatingRoster } from "../core/seating/roster";
import { UserError } from "../core/user-error";
import { readWorkbookGrids } from "../hosts/files/read-workbook";
import { seatingWorkbook } from "../hosts/files/seating-workbook";
import { readFileBytes } from "./read-file";
import { writeOutputFile } from "./write-file";

/** The input holds no list of people to seat. */
export class NoRosterError extends UserError {}

/**
 * `huiwu seating 参会名单.xlsx -o 座次图.xlsx`: the 座次图 of the workbook's 参会名单 (the one with a 排序 column
 * first; its order, else 序号, else row order; people on leave left out), written with the list beside it so that
 * `huiwu check` checks the chart against it. Returns the lines to print.
 */
export async function seating(
  input: string,
  output: string,
  options: ChartOptions & { force?: boolean },
): Promise<string[]> {
  const grids = await readWorkbookGrids(await readFileBytes(input), basename(input));
  const list = seatingRoster(grids);
  if (!list) throw new NoRosterError(`${input}：没有找到参会名单（需要“姓名”列，可有“排序”列）`);

  const everyone = rankedPeople(list.table);
  const people = seated(everyone);
  if (people.length === 0) throw new NoRosterError(`${input}：参会名单上没有需要排座的人`);
  const chart = seatingChart(
    people.map((p) => ({ name: p.name, unit: p.unit })),
    { title: chartTitle(list.table), ...options },
  );
  await writeOutputFile(output, await seatingWorkbook(chart, [{ ...list.grid, origin: undefined }]), options.force);

  const podium = chart.seats.filter((s) => s.area === "podium");
  const podiumRows = new Set(podium.map((s) => s.areaRow)).size;
  const lines = [
    `已生成 ${output}（工作表“${chart.sheet}”，观众视角，A4 横向一页）：` +
      `主席台 ${podium.length} 人${podiumRows > 1 ? `（${podiumRows} 排）` : ""}，会场 ${chart.seats.length - podium.length} 人`,
    `按工作表“${list.table.sheet}”${list.table.roleColumns.rank !== undefined ? "的排序" : "的顺序"}排座，` +
      (chart.side === "left" ? "左高右低（2号在1号左手）" : "以右为上（2号在1号右手）"),
  ];
  const onLeave = everyone.filter((p) => p.onLeave).map((p) => p.name);
  if (onLeave.length > 0) lines.push(`请假未排座：${onLeave.join("、")}`);
  return lines;
}
