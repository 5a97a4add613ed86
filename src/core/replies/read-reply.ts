import { type CellValue, type Grid, cellText, isEmptyCell } from "../table/grid";
import { fillMergedDown } from "../table/fill-merged-down";
import { type RegisterTable, addressOf, readRegister, sheetRowOf } from "../table/register-table";
import type { Role } from "../table/roles";
import type { LocalDate } from "../text/dates";
import { isPersonName } from "../text/person-name";
import { readPhone, splitPhones } from "../text/phone";
import { looksLikeUnit } from "./units";

/** One 回执 as it arrived: the file's name, its sheets (a .docx's tables as grids), and when it came. */
export interface ReplySource {
  file: string;
  grids: Grid[];
  /** The day it was received: given by the clerk, or the file's modification day; null when unknown. */
  receivedOn: LocalDate | null;
  /** How `receivedOn` is known: `文件修改时间` or `登记的收到日期`. */
  receivedHow?: string;
  /** Why the file could not be opened at all (damaged, not a 回执's format): the reader's one line. */
  problem?: string;
}

/** Where a value was read: the sheet and the cell (A1; a .docx table's row and column likewise). */
export interface ReplyCell {
  sheet: string;
  cell: string;
  /** 1-based row, for sorting. */
  row: number;
}

export interface ReplyPerson {
  unit: string;
  name: string;
  position: string;
  phone: string;
  remark: string;
  /** Columns the 参会名单 has no place of its own for (性别, 民族, 是否住宿), by header. */
  extras: Record<string, string>;
  file: string;
  at: ReplyCell;
  phoneAt: ReplyCell | null;
}

export interface Reply {
  source: ReplySource;
  /** The unit that sent it: from a `单位：` line, else its people's one unit; null when it does not say. */
  unit: string | null;
  people: ReplyPerson[];
  /** A phone for the whole 回执 (`联系人：王芳  电话：…`), where one is given. */
  contactPhone: string | null;
  /** The extra headers in their order, for the 参会名单's columns. */
  extraHeaders: string[];
  /** No table of people in any sheet. */
  unreadable: boolean;
}

/** The roles the 参会名单 has columns for; any other column of a 回执 is kept under its own header. */
const LIST_ROLES: ReadonlySet<Role> = new Set<Role>(["seq", "name", "unit", "position", "phone", "remark"]);
/** `单位：县财政局`, `填报单位（盖章）：…`, `单位名称 县财政局` (a label cell and a value cell). */
const UNIT_LINE =
  /(?:填报|报送|参会|报名|回执)?单位(?:名称)?\s*(?:[（(][^）)]{0,6}[）)])?\s*(?:[:：]\s*|\s+)([^\s:：，,；;]{2,30})/;
const CONTACT_PHONE = /(?:联系电话|电话|手机|联系方式)\s*[:：]?\s*([+\d][\d\s\-－()（）转]{5,20}\d)/;
/** A 回执 that says the unit sends nobody: a reply all the same, with no one on it. */
const NOBODY = /无人参[加会]|不(?:能)?参[加会]|无法参[加会]|本单位无|我单位无|不派员/;
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*/;

/** The people of one 回执, from the first sheet or table that has a 姓名 column. */
export function readReply(source: ReplySource): Reply {
  let declined: Reply | null = null;
  for (const grid of source.grids) {
    const table = readRegister(grid);
    if (table.headerIndex < 0 || table.roleColumns.name === undefined) continue;
    const reply = replyOfTable(source, grid, table);
    if (reply.people.length > 0) return reply;
    if (!declined && grid.rows.some((row) => row.some((v) => NOBODY.test(cellText(v))))) declined = reply;
  }
  return declined ?? { source, unit: null, people: [], contactPhone: null, extraHeaders: [], unreadable: true };
}

function replyOfTable(source: ReplySource, grid: Grid, table: RegisterTable): Reply {
  const rows = fillMergedDown(grid);
  const dataRows = new Map(table.rows.map((row) => [row.index, row]));
  const col = table.roleColumns;
  const extras = table.columns.filter((c) => c.header !== "" && !LIST_ROLES.has((c.role ?? c.secondFor ?? "") as Role));
  const secondPhone = table.columns.find((c) => c.secondFor === "phone")?.index;

  // Title rows and the lines under the table (`填报单位：…`, `联系人：…  电话：…`), not the header row.
  const outside = rows.filter((_, i) => i < table.headerIndex || (i > table.headerIndex && !dataRows.has(i)));
  const titleUnit = unitOfLines([...table.titleLines, ...outside.map(lineOf)]);
  let headingUnit: string | null = null;
  const people: ReplyPerson[] = [];
  for (let index = table.headerIndex + 1; index < rows.length; index++) {
    const row = dataRows.get(index);
    const cells = row?.cells ?? rows[index];
    const lone = loneText(cells);
    // A unit written once above its people: a heading row (merged or not), or a unit alone in the 姓名 column.
    if (lone !== null && looksLikeUnit(lone.replace(NUMBERING, "")) && !isPersonName(lone)) {
      headingUnit = lone.replace(NUMBERING, "").replace(/[:：]$/, "");
      continue;
    }
    if (!row) continue;
    const text = (role: Role) => (col[role] === undefined ? "" : cellText(row.cells[col[role]!]).trim());
    const name = personName(text("name"));
    if (name === "" || looksLikeUnit(name) || NOBODY.test(name) || name.length > 20) continue;
    let phone = text("phone");
    if (phone === "" && secondPhone !== undefined) phone = cellText(row.cells[secondPhone]).trim();
    const phoneCol = col.phone ?? secondPhone;
    const at = (c: number): ReplyCell => ({
      sheet: table.sheet,
      cell: addressOf(table, index, row.offset + c),
      row: sheetRowOf(table, index),
    });
    people.push({
      unit: text("unit") || headingUnit || titleUnit || "",
      name,
      position: text("position"),
      phone,
      remark: text("remark"),
      extras: Object.fromEntries(
        extras.map((c) => [c.header, cellText(row.cells[c.index]).trim()] as const).filter(([, v]) => v !== ""),
      ),
      file: source.file,
      at: at(col.name!),
      phoneAt: phoneCol === undefined ? null : at(phoneCol),
    });
  }
  const units = new Set(people.map((p) => p.unit).filter((u) => u !== ""));
  return {
    source,
    unit: titleUnit ?? (units.size === 1 ? [...units][0] : null),
    people,
    contactPhone: contactPhoneOf(outside.map(lineOf)),
    extraHeaders: extras.map((c) => c.header),
    unreadable: false,
  };
}

/** A name as the list writes it: `张  三` is 张三 (a Latin name keeps its spaces). */
function personName(text: string): string {
  return /[\u4e00-\u9fa5]/.test(text) ? text.replace(/\s+/g, "") : text.trim();
}

function lineOf(cells: CellValue[]): string {
  return cells
    .map((v) => cellText(v).trim())
    .filter((t) => t !== "")
    .join(" ");
}

/** The text of a row that holds one thing (a merged heading repeats it across the cells it covers). */
function loneText(cells: CellValue[]): string | null {
  const texts = new Set(cells.filter((v) => !isEmptyCell(v)).map((v) => cellText(v).trim()));
  return texts.size === 1 ? [...texts][0] : null;
}

function unitOfLines(lines: string[]): string | null {
  for (const line of lines) {
    const match = UNIT_LINE.exec(line);
    if (match && !/^(?:盖章|签章|公章)/.test(match[1])) return match[1];
  }
  return null;
}

function contactPhoneOf(lines: string[]): string | null {
  for (const line of lines) {
    const match = CONTACT_PHONE.exec(line);
    if (!match) continue;
    const phone = splitPhones(match[1].trim()).find((p) => readPhone(p).kind !== null);
    if (phone) return phone;
  }
  return null;
}
