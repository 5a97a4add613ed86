import { type DocxTable, TABLE_TEXT_WIDTH } from "./docx-table";
import { type CellValue, type Grid, type MergedArea, cellText } from "../table/grid";
import { type RegisterTable, roleText } from "../table/register-table";
import type { PrintTable } from "../look/print-table";

export type SigninGrouping = "unit" | "venue";
export type TableLook = "title" | "line" | "header" | "cell" | "group";

export const SIGNIN_HEADER = ["序号", "单位", "姓名", "职务", "签名", "签到时间"] as const;
/**
 * Column widths in characters: the 签名 column wide enough for a hand-written name, and all of them within an
 * A4 page's width, so the sheet prints at full size (at 87 characters LibreOffice shrank it to 74% and the
 * 30-point rows to 7.8 mm).
 */
export const SIGNIN_WIDTHS = [5, 17, 9, 12, 12, 9];

/** A pre-printed 签到表: the grid, each cell's look, and the rows (0-based) that head a group. */
export interface SigninSheet {
  title: string;
  lines: string[];
  grid: Grid;
  looks: (TableLook | null)[][];
  /** Index of the header row in the grid. */
  headerRow: number;
  /** Data rows that are a group's heading (第一会场), counted among the rows under the header. */
  groupRows: Set<number>;
  people: number;
}

/** Whether a header names the hall a person sits in (会场, 分会场, 参会地点). */
const VENUE = /^(?:分?会场|参会地点|会议地点|所在会场)/;

export class NoVenueColumn extends Error {}

/**
 * The 签到表 of a 参会名单: title after the meeting (`…参会名单` → `…签到表`), its 会议时间 line kept (so a check of
 * the filled sheet knows the start), 序号/单位/姓名/职务/签名/签到时间, grouped by unit (units in the list's order,
 * each row with its unit: a unit merged over its people loses it on the rows a page break cuts off) or by 会场 (a
 * heading row for each).
 */
export function signinSheet(roster: RegisterTable, by: SigninGrouping): SigninSheet {
  const venueCol = roster.columns.find((c) => VENUE.test(c.header.replace(/\s+/g, "")))?.index;
  if (by === "venue" && venueCol === undefined) throw new NoVenueColumn();
  const people = roster.rows
    .map((row) => ({
      unit: roleText(roster, row, "unit"),
      name: roleText(roster, row, "name"),
      position: roleText(roster, row, "position"),
      venue: venueCol === undefined ? "" : cellText(row.cells[venueCol]).trim(),
    }))
    .filter((p) => p.name !== "");
  const key = (p: (typeof people)[number]) => (by === "venue" ? p.venue || "未定会场" : p.unit);
  const groups: string[] = [];
  for (const p of people) if (!groups.includes(key(p))) groups.push(key(p));
  const ordered = groups.flatMap((g) => people.filter((p) => key(p) === g));

  const [rosterTitle = "会议"] = roster.titleLines;
  const title = /参会名单|名单/.test(rosterTitle)
    ? rosterTitle.replace(/参会名单|参会人员名单|名单$/, "签到表")
    : `${rosterTitle.replace(/签到表$/, "")}签到表`;
  const lines = roster.titleLines.slice(1, 2);
  const width = SIGNIN_HEADER.length;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const rows: CellValue[][] = [];
  const looks: (TableLook | null)[][] = [];
  const merges: MergedArea[] = [];
  const across = (text: string, look: TableLook) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
    rows.push([text, ...blank().slice(1)]);
    looks.push([look, ...new Array<TableLook>(width - 1).fill(look)]);
  };
  across(title, "title");
  for (const line of lines) across(line, "line");
  const headerRow = rows.length;
  rows.push([...SIGNIN_HEADER]);
  looks.push(new Array<TableLook>(width).fill("header"));
  const groupRows = new Set<number>();
  let seq = 0;
  for (const group of groups) {
    const members = ordered.filter((p) => key(p) === group);
    if (by === "venue") {
      groupRows.add(rows.length - headerRow - 1);
      across(group, "group");
    }
    for (const p of members) {
      rows.push([++seq, p.unit, p.name, p.position, null, null]);
      looks.push(new Array<TableLook>(width).fill("cell"));
    }
  }
  return {
    title,
    lines,
    grid: { sheet: "签到表", rows, merges },
    looks,
    headerRow,
    groupRows,
    people: ordered.length,
  };
}

/** The 签到表 to print as a sheet: its columns within an A4 page, a row to sign in 30 pt (about 1 cm) tall. */
export const signinPrintTable = (sheet: SigninSheet): PrintTable => ({
  ...sheet,
  widths: SIGNIN_WIDTHS,
  rowHeight: 30,
});

/** The same 签到表 as a Word table: the header repeated on every page, rows about 1 cm tall. */
export function signinDocxTable(sheet: SigninSheet): DocxTable {
  const total = SIGNIN_WIDTHS.reduce((a, b) => a + b, 0);
  return {
    title: sheet.title,
    lines: sheet.lines,
    header: [...SIGNIN_HEADER],
    rows: sheet.grid.rows
      .slice(sheet.headerRow + 1)
      .map((row, i) => (sheet.groupRows.has(i) ? [cellText(row[0])] : row.map((v) => cellText(v)))),
    widths: SIGNIN_WIDTHS.map((w) => Math.floor((TABLE_TEXT_WIDTH * w) / total)),
    rowHeight: 600,
    groupRows: sheet.groupRows,
  };
}
