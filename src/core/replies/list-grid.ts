import { type CellValue, type Grid, cellText } from "../table/grid";
import { addressOf, readRegister, roleText, sheetRowOf } from "../table/register-table";
import type { PrintTable } from "../look/print-table";
import type { ListedPerson, MergedReplies } from "./merge";
import type { TableLook } from "./signin-sheet";

export const LIST_SHEET = "参会名单";
export const SOURCE_HEADER = "来源文件";

/** The lines above the list's header: its title, and the meeting's time and place for the 签到表 made from it. */
export interface ListHeading {
  title: string;
  meetingLine: string | null;
}

/** The 参会名单 as a sheet: 序号, 单位, 姓名, 职务, 联系电话, the 回执's own columns, 备注, 来源文件. */
export function listGrid(people: readonly ListedPerson[], extraHeaders: readonly string[], heading: ListHeading): Grid {
  const header = ["序号", "单位", "姓名", "职务", "联系电话", ...extraHeaders, "备注", SOURCE_HEADER];
  const width = header.length;
  const line = (text: string): CellValue[] => [text, ...new Array<CellValue>(width - 1).fill(null)];
  const top: CellValue[][] = [line(heading.title)];
  if (heading.meetingLine) top.push(line(heading.meetingLine));
  const rows: CellValue[][] = people.map((p, i) => [
    i + 1,
    p.unit,
    p.name,
    p.position,
    p.phone,
    ...extraHeaders.map((h) => p.extras[h] ?? ""),
    p.remark,
    p.source,
  ]);
  return {
    sheet: LIST_SHEET,
    rows: [...top, header, ...rows],
    merges: top.map((_, r) => ({ top: r, left: 0, bottom: r, right: width - 1 })),
  };
}

/** Each cell's look when the list is printed: its title lines, the header, the people. */
export function listLooks(grid: Grid): (TableLook | null)[][] {
  const header = grid.rows.findIndex((row) => row[0] === "序号");
  return grid.rows.map((row, r) =>
    row.map(() => (r === 0 ? "title" : r < header ? "line" : r === header ? "header" : "cell")),
  );
}

/** Column widths of the list, in characters. */
export function listWidths(extraHeaders: readonly string[]): number[] {
  return [6, 24, 10, 18, 16, ...extraHeaders.map(() => 10), 16, 24];
}

/**
 * The people of a 参会名单 an earlier run made (or the clerk keeps in its shape): every row with a name, its
 * 来源文件 telling which 回执 are merged already. Null where the sheet has no 姓名 column.
 */
export function readListedPeople(grid: Grid, file: string): { people: ListedPerson[]; heading: ListHeading } | null {
  const table = readRegister(grid);
  if (table.headerIndex < 0 || table.roleColumns.name === undefined) return null;
  const known = new Set(["序号", "单位", "姓名", "职务", "联系电话", "备注", SOURCE_HEADER]);
  const sourceCol = table.columns.find((c) => c.header === SOURCE_HEADER)?.index;
  const extraCols = table.columns.filter((c) => c.header !== "" && !known.has(c.header) && c.role !== "seq");
  const people: ListedPerson[] = [];
  for (const row of table.rows) {
    const name = roleText(table, row, "name");
    if (name === "") continue;
    const extras: Record<string, string> = {};
    for (const c of extraCols) {
      const value = cellText(row.cells[c.index]).trim();
      if (value) extras[c.header] = value;
    }
    people.push({
      unit: roleText(table, row, "unit"),
      name,
      position: roleText(table, row, "position"),
      phone: roleText(table, row, "phone"),
      remark: roleText(table, row, "remark"),
      extras,
      source: sourceCol === undefined ? "" : cellText(row.cells[sourceCol]).trim(),
      from: {
        file,
        at: {
          sheet: table.sheet,
          cell: addressOf(table, row.index, table.roleColumns.name),
          row: sheetRowOf(table, row.index),
        },
      },
    });
  }
  const [title = "", meetingLine = null] = table.titleLines;
  return { people, heading: { title, meetingLine } };
}

/** The merged 参会名单 as a table to print: A4 landscape, the header row repeated, list-height rows. */
export function listTable(merged: MergedReplies, heading: ListHeading): PrintTable {
  const grid = listGrid(merged.people, merged.extraHeaders, heading);
  return {
    grid,
    looks: listLooks(grid),
    widths: listWidths(merged.extraHeaders),
    headerRow: heading.meetingLine ? 2 : 1,
    rowHeight: 20,
    landscape: true,
  };
}
