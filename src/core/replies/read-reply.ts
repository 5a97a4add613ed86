import { type CellValue, type Grid, cellAddress, cellText, isEmptyCell } from "../table/grid";
import { fillMergedDown } from "../table/fill-merged-down";
import { type RegisterTable, addressOf, readRegister, sheetRowOf } from "../table/register-table";
import { type Role, headerKey, roleOfHeader } from "../table/roles";
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

/** What the 参会名单 says of one person, whether read from a 回执 or from a list made before. */
export interface PersonDetails {
  unit: string;
  name: string;
  position: string;
  phone: string;
  remark: string;
  /** Columns the 参会名单 has no place of its own for (性别, 民族, 是否住宿), by header. */
  extras: Record<string, string>;
}

export interface ReplyPerson extends PersonDetails {
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
/** `单位：县财政局`, `填报单位（盖章）：…`, `单位名称 县财政局`, `企业名称 …` (a label cell and a value cell). */
const UNIT_LINE =
  /(?:(?:填报|报送|参会|报名|回执|工作|所在)?单位|企业|学校|机构)(?:名称)?\s*(?:[（(][^）)]{0,6}[）)])?\s*(?:[:：]\s*|\s+)([^\s:：，,；;]{2,30})/;
const CONTACT_PHONE = /(?:联系电话|电话|手机|联系方式)\s*[:：]?\s*([+\d][\d\s\-－()（）转]{5,20}\d)/;
/** A 回执 that says the unit sends nobody: a reply all the same, with no one on it. */
const NOBODY = /无人参[加会]|不(?:能)?参[加会]|无法参[加会]|本单位无|我单位无|不派员/;
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*/;
/** A column that says whether each person comes: 是否参会, 参会状态, 报名状态 (not 是否参加晚宴). */
const ATTENDANCE_HEADER = /^(?:是否(?:参会|参加|参加会议|出席|与会|到会)|参会(?:状态|情况)|出席情况|报名状态)$/;
/** What such a column says of someone who does not come: 否, 不参加, 无法参加, 请假, 取消. */
const NOT_COMING = /^(?:否|×|✗|不|无法|不能|未能|因故|请假|缺席|取消|已取消)/;

/** The people of one 回执, from the first sheet or table that has a 姓名 column. */
export function readReply(source: ReplySource): Reply {
  let declined: Reply | null = null;
  for (const grid of source.grids) {
    const table = readRegister(grid);
    if (table.headerIndex < 0 || table.roleColumns.name === undefined) continue;
    const { reply, notComing } = replyOfTable(source, grid, table);
    if (reply.people.length > 0) return reply;
    if (!declined && (notComing > 0 || grid.rows.some((row) => row.some((v) => NOBODY.test(cellText(v))))))
      declined = reply;
  }
  if (declined) return declined;
  for (const grid of source.grids) {
    const person = formPerson(source, grid);
    if (person) return { ...EMPTY_REPLY, source, unit: person.unit || null, people: [person], unreadable: false };
  }
  return { ...EMPTY_REPLY, source };
}

const EMPTY_REPLY: Omit<Reply, "source"> = {
  unit: null,
  people: [],
  contactPhone: null,
  extraHeaders: [],
  unreadable: true,
};

function replyOfTable(source: ReplySource, grid: Grid, table: RegisterTable): { reply: Reply; notComing: number } {
  const rows = fillMergedDown(grid);
  const col = table.roleColumns;
  const subHeader = subHeaderRow(rows, table);
  const dataRows = new Map(table.rows.filter((row) => row.index !== subHeader).map((row) => [row.index, row]));
  const extras = extraColumns(grid, table, subHeader);
  const secondPhone = table.columns.find((c) => c.secondFor === "phone")?.index;
  const attendance = table.columns.find((c) => ATTENDANCE_HEADER.test(headerKey(c.header)))?.index;

  // Title rows and the lines under the table (`填报单位：…`, `联系人：…  电话：…`), not the header row.
  const outside = rows.filter(
    (_, i) => i < table.headerIndex || (i > table.headerIndex && i !== subHeader && !dataRows.has(i)),
  );
  const titleUnit = unitOfLines([...table.titleLines, ...outside.map(lineOf)]);
  let headingUnit: string | null = null;
  let notComing = 0;
  const people: ReplyPerson[] = [];
  for (let index = table.headerIndex + 1; index < rows.length; index++) {
    if (index === subHeader) continue;
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
    // Someone the 回执 lists as not coming (是否参会：否) is no one to seat or sign in.
    if (attendance !== undefined && NOT_COMING.test(cellText(row.cells[attendance]).trim())) {
      notComing++;
      continue;
    }
    const phoneCol = phoneColumn(text("phone"), secondPhone === undefined ? "" : cellText(row.cells[secondPhone]));
    const phoneIndex = phoneCol === "first" ? col.phone : phoneCol === "second" ? secondPhone : undefined;
    const phoneAt = phoneIndex ?? col.phone ?? secondPhone;
    const at = (c: number): ReplyCell => ({
      sheet: table.sheet,
      cell: addressOf(table, index, row.offset + c),
      row: sheetRowOf(table, index),
    });
    people.push({
      unit: text("unit") || headingUnit || titleUnit || "",
      name,
      position: text("position"),
      phone: phoneIndex === undefined ? "" : cellText(row.cells[phoneIndex]).trim(),
      remark: text("remark"),
      extras: Object.fromEntries(
        extras.map((c) => [c.header, cellText(row.cells[c.index]).trim()] as const).filter(([, v]) => v !== ""),
      ),
      file: source.file,
      at: at(col.name!),
      phoneAt: phoneAt === undefined ? null : at(phoneAt),
    });
  }
  const units = new Set(people.map((p) => p.unit).filter((u) => u !== ""));
  const reply: Reply = {
    source,
    unit: titleUnit ?? (units.size === 1 ? [...units][0] : null),
    people,
    contactPhone: contactPhoneOf(outside.map(lineOf)),
    extraHeaders: extras.map((c) => c.header),
    unreadable: false,
  };
  return { reply, notComing };
}

/**
 * The second row of a two-row header (住宿 over 单住 | 合住; 姓名 merged down both rows): the row under the header
 * that repeats its 姓名 cell. Its cells name the columns under a merged group; it is no one's row.
 */
function subHeaderRow(rows: CellValue[][], table: RegisterTable): number | undefined {
  const nameCol = table.roleColumns.name;
  const index = table.headerIndex + 1;
  if (nameCol === undefined || index >= rows.length) return undefined;
  const key = headerKey(cellText(rows[index][nameCol]));
  return key !== "" && key === headerKey(table.columns[nameCol].header) ? index : undefined;
}

/**
 * The columns the 参会名单 keeps under their own header (性别, 民族, 是否住宿): under a two-row header a column is
 * named by its group and its own cell, `住宿（单住）`.
 */
function extraColumns(
  grid: Grid,
  table: RegisterTable,
  subHeader: number | undefined,
): { index: number; header: string }[] {
  const headerOf = (index: number, header: string): string => {
    if (subHeader === undefined) return header;
    const sub = cellText(grid.rows[subHeader]?.[index] ?? null).trim();
    const group = (grid.merges ?? []).find(
      (m) => m.top === table.headerIndex && m.left <= index && index <= m.right && m.right > m.left,
    );
    const groupText = group ? cellText(grid.rows[group.top][group.left]).trim() : header;
    return sub === "" || sub === groupText ? groupText : groupText === "" ? sub : `${groupText}（${sub}）`;
  };
  return table.columns
    .filter((c) => !LIST_ROLES.has((c.role ?? c.secondFor ?? "") as Role))
    .map((c) => ({ index: c.index, header: headerOf(c.index, c.header) }))
    .filter((c) => c.header !== "");
}

/**
 * Which of two phone columns (办公电话 and 手机) is the person's 联系电话: the mobile, which reaches them at the
 * meeting; else the first that holds a number.
 */
function phoneColumn(first: string, second: string): "first" | "second" | null {
  const isMobile = (text: string) => splitPhones(text.trim()).some((p) => readPhone(p).kind === "mobile");
  if (first.trim() === "") return second.trim() === "" ? null : "second";
  return second.trim() !== "" && !isMobile(first) && isMobile(second) ? "second" : "first";
}

/**
 * A 回执 that is a form for one person rather than a table of people: each label cell followed by its value
 * (姓名 | 罗庆 | 性别 | 男; 工作单位 | 某大学…), as academic 参会回执 often are. Null when no 姓名 has a value.
 */
function formPerson(source: ReplySource, grid: Grid): ReplyPerson | null {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const found: Partial<Record<Role, { text: string; row: number; col: number }[]>> = {};
  const extras: Record<string, string> = {};
  grid.rows.forEach((cells, row) => {
    for (let col = 0; col < cells.length; col++) {
      const label = cellText(cells[col]).trim();
      if (label === "" || label.length > 10) continue;
      // The value is the cell after the label (after the label's own merged cells): an unfilled form has none.
      const across = (grid.merges ?? []).find((m) => m.top === row && m.left === col && m.right > m.left);
      const at = across ? across.right + 1 : col + 1;
      const value = at < cells.length ? cellText(cells[at]).trim() : "";
      if (value === "" || roleOfHeader(value) !== null) continue;
      const role = roleOfHeader(label);
      if (role === null) extras[label] = value;
      else (found[role] ??= []).push({ text: value, row, col: at });
      col = at;
    }
  });
  const named = found.name?.[0];
  const name = named ? personName(named.text) : "";
  if (!named || name === "" || looksLikeUnit(name) || name.length > 20) return null;
  const phones = found.phone ?? [];
  const phone =
    phones.find((p) => phoneColumn(p.text, "") === "first" && readPhone(p.text).kind === "mobile") ?? phones[0];
  const lines = grid.rows.map(lineOf);
  const cell = (at: { row: number; col: number }): ReplyCell => ({
    sheet: grid.sheet,
    cell: cellAddress(origin.row + at.row, origin.col + at.col),
    row: origin.row + at.row + 1,
  });
  return {
    unit: found.unit?.[0]?.text ?? unitOfLines(lines) ?? "",
    name,
    position: found.position?.[0]?.text ?? "",
    phone: phone?.text ?? "",
    remark: found.remark?.[0]?.text ?? "",
    extras,
    file: source.file,
    at: cell(named),
    phoneAt: phone ? cell(phone) : null,
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
