import { looksLikeSeatingGrid, namedAsSeating } from "../seating/detect";
import { type DateTime, parseDateTimeText } from "../text/dates";
import { matchKey } from "../text/normalize";
import { startsWithKeptIdeograph } from "../text/simplified";
import { firstCharsOfWords, keyMayBeginWith } from "../text/word-starts";
import { readableCellText } from "./typed-cells";
import { type CellValue, type Grid, cellAddress, cellText, isEmptyCell } from "./grid";
import { type RegisterKind, detectKind } from "./kinds";
import { ROLE_HEADERS, type Role, exactRoleOfHeaderKey, headerKey, roleMatchOfHeader, roleOfHeader } from "./roles";
import { fillMergedDown } from "./fill-merged-down";

export interface Column {
  index: number;
  header: string;
  role: Role | null;
  /** The role this column names too but another column holds (下午签到 beside 上午签到). */
  secondFor?: Role;
}

export interface DataRow {
  /** Row index in the grid (0-based). */
  index: number;
  cells: CellValue[];
  /**
   * Grid column of `cells[0]`: 0, or where the row's block starts on a sheet printed as side-by-side
   * blocks under one repeated header (姓名 单位 签名 | 姓名 单位 签名). Columns of the table count within a block.
   */
  offset: number;
  /** Which run of rows under a header this row is in: 0, then 1 after the header appears again further down. */
  segment: number;
}

/** A register as read from a grid: where its header is, what each column holds, its data rows. */
export interface RegisterTable {
  sheet: string;
  kind: RegisterKind | null;
  /** Grid index of the header row, -1 when none was found. */
  headerIndex: number;
  columns: Column[];
  roleColumns: Partial<Record<Role, number>>;
  rows: DataRow[];
  /** Text of the rows above the header (title, subtitle, 会议时间 line). */
  titleLines: string[];
  /**
   * The rows that are not data, as written: title rows above the header and the 合计, note and footer lines
   * under it (`记录人：王芳  应到11人  实到6人`), where a sheet writes its own totals.
   */
  notes: SheetNote[];
  meetingStart: DateTime | null;
  origin: { row: number; col: number };
  /** True when the sheet holds no value at all. */
  empty: boolean;
  /** Rows of data fill the sheet (false for instructions or a label-and-value summary). */
  tabular: boolean;
}

/** One row that is not data: its grid row and each filled cell's column and text. */
export interface SheetNote {
  row: number;
  cells: { col: number; text: string }[];
}

const HEADER_SEARCH_ROWS = 10;
const NOTE_START = /^[\s]*(注|备注|说明|附注|填表|制表|审核|统计|合计|共计|小计|联系人|以上)/;
/** A totals row: 合计/小计/总计/共计 in one of its first cells (合計 read through simplified conversion). */
const TOTAL = /^(合计|小计|总计|共计|总数|人数合计)/;
/** A line under the table that names who filled it in or adds a note: `填表人：`, `注：`, `审核人:`. */
const FOOTER_LABEL =
  /^(注|说明|附注|备注|填表人?|制表人?|审核人?|统计人?|记录人?|登记人|负责人|联系人|签发人|填报单位|填报人|填报日期|制表日期)[:：]/;
/** A count the sheet writes of itself under the table: `应到11人`, `实到人数：6`, `请假2人`. */
const WRITTEN_COUNT =
  /^(应到|实到|应出席|实出席|应参会|实参会|到会人数|请假人数|缺席人数)(人数)?[:：]?[\d一二三四五六七八九十两〇零]+[人名]?/;
/**
 * The first characters of the words TOTAL, FOOTER_LABEL and WRITTEN_COUNT begin with. A row's first cells are most
 * often names and units: one whose key begins with another character needs neither matchKey nor the patterns.
 */
const LABEL_FIRST_CHARS = firstCharsOfWords([TOTAL, FOOTER_LABEL, WRITTEN_COUNT]);

/**
 * The first character of every header synonym's key, as a UTF-16 unit: a cell beginning with another ideograph names
 * no role (asked of every row's first text cell, by unit: `text[0]` made and hashed a new string each time).
 */
const HEADER_FIRST_UNITS = new Set(
  Object.values(ROLE_HEADERS).flatMap((headers: readonly string[]) => headers.map((h) => matchKey(h).charCodeAt(0))),
);

/** A group heading over some rows: 一、县领导 / （二）各乡镇 / 第一组. */
const GROUP_HEADING =
  /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十\d]+[组批排])/;

export function readRegister(grid: Grid): RegisterTable {
  const rows = fillMergedDown(grid);
  const origin = grid.origin ?? { row: 0, col: 0 };
  const empty = rows.every((row) => row.every(isEmptyCell));
  const headerIndex = empty ? -1 : findHeaderRow(rows);
  const base: RegisterTable = {
    sheet: grid.sheet,
    kind: null,
    headerIndex,
    columns: [],
    roleColumns: {},
    rows: [],
    titleLines: [],
    notes: [],
    meetingStart: null,
    origin,
    empty,
    tabular: headerIndex >= 0 || (!empty && looksLikeTable(rows)),
  };
  if (headerIndex < 0) return empty || !looksLikeSeatingGrid(grid) ? base : seatingGrid(base, grid);

  const { blockWidth, blocks } = repeatedBlocks(rows[headerIndex]);
  const headerCells = blockWidth === null ? rows[headerIndex] : rows[headerIndex].slice(0, blockWidth);
  const matches = headerCells.map((value) => roleMatchOfHeader(cellText(value)));
  const columns: Column[] = headerCells.map((value, index) => ({
    index,
    header: cellText(value).trim(),
    role: matches[index]?.role ?? null,
  }));
  // Where two columns name one role, the better-named one has it (leftmost on a tie); the other has none.
  const roleColumns: Partial<Record<Role, number>> = {};
  for (const column of columns) {
    if (!column.role) continue;
    const held = roleColumns[column.role];
    if (held === undefined) roleColumns[column.role] = column.index;
    else if (matches[column.index]!.rank < matches[held]!.rank) {
      columns[held].secondFor = column.role;
      columns[held].role = null;
      roleColumns[column.role] = column.index;
    } else {
      column.secondFor = column.role;
      column.role = null;
    }
  }
  let kind = detectKind(new Set(Object.keys(roleColumns) as Role[]));
  if (kind === "receipt") unitIsReceivingUnit(columns, roleColumns);
  if (kind === "materials") materialsColumns(columns, roleColumns);
  const titleLines = rows
    .slice(0, headerIndex)
    .map((row) =>
      row
        .map(readableCellText)
        .filter((t) => t.trim() !== "")
        .join(" ")
        .trim(),
    )
    .filter((line) => line !== "");
  // A list of people under a 桌签/座次 title or on a sheet so named is a list of name cards, not a roster (a list
  // with a 排序 column is the ranked roster the seats are made from).
  if (
    (kind === "roster" || kind === null) &&
    roleColumns.name !== undefined &&
    roleColumns.rank === undefined &&
    namedAsSeating(grid.sheet, titleLines)
  )
    kind = "seating";
  const headerKeys = headerCells.map((v) => headerKey(cellText(v)));
  const wideMerges = new Set((grid.merges ?? []).filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));

  // Side-by-side blocks are read as people read them: down the left block, then down the next.
  const dataRows: DataRow[] = [];
  // A flag per grid row, set as its data row is made: the rows left are a few title and footer lines (notesOf).
  const isData = new Uint8Array(rows.length);
  for (let block = 0; block < blocks; block++) {
    const offset = block * (blockWidth ?? 0);
    let segment = 0;
    for (let index = headerIndex + 1; index < rows.length; index++) {
      const cells = blockWidth === null ? rows[index] : rows[index].slice(offset, offset + blockWidth);
      const filled = filledColumns(cells);
      if (filled.count === 0) continue;
      if (repeatsHeader(cells, headerKeys, columns)) {
        segment++;
        continue;
      }
      if (isTotalOrFooter(cells, filled)) continue;
      if (
        filled.count === 1 &&
        isHeadingCell(cells, filled.first, columns, wideMerges.has(`${index},${offset + filled.first}`))
      )
        continue;
      dataRows.push({ index, cells, offset, segment });
      isData[index] = 1;
    }
  }
  return {
    ...base,
    kind,
    columns,
    roleColumns,
    rows: dataRows,
    titleLines,
    notes: notesOf(rows, headerIndex, isData),
    meetingStart: findMeetingStart(titleLines),
  };
}

/** Every filled row that is neither the header nor data (`isData`, a flag per grid row), with each filled cell's text. */
function notesOf(rows: CellValue[][], headerIndex: number, isData: Uint8Array): SheetNote[] {
  const notes: SheetNote[] = [];
  for (let row = 0; row < rows.length; row++) {
    if (row === headerIndex || isData[row] === 1) continue;
    const filled = rows[row].flatMap((value, col) => {
      const text = isEmptyCell(value) ? "" : readableCellText(value).trim();
      return text === "" ? [] : [{ col, text }];
    });
    if (filled.length > 0) notes.push({ row, cells: filled });
  }
  return notes;
}

/**
 * A 座次图 with no header: every row that holds something is a row of it, as it is in the sheet (a name merged
 * over two rows is one seat, not two), for the seating reader to find the names, the 主席台 and the hall.
 */
function seatingGrid(base: RegisterTable, grid: Grid): RegisterTable {
  const rows: DataRow[] = [];
  grid.rows.forEach((cells, index) => {
    if (cells.some((c) => !isEmptyCell(c))) rows.push({ index, cells, offset: 0, segment: 0 });
  });
  return { ...base, kind: "seating", rows, tabular: true };
}

/**
 * How the header row repeats one block of headers side by side (序号 姓名 签名 | 序号 姓名 签名), from the
 * first column: the block's width and how many blocks; a null width for an ordinary header.
 */
function repeatedBlocks(header: CellValue[]): { blockWidth: number | null; blocks: number } {
  const keys = header.map((value) => headerKey(cellText(value)));
  let end = keys.length;
  while (end > 0 && keys[end - 1] === "") end--;
  if (keys[0] === "") return { blockWidth: null, blocks: 1 };
  for (let width = 1; width * 2 <= end; width++) {
    if (end % width !== 0 || !keys.slice(0, width).some((key) => roleOfHeader(key) !== null)) continue;
    let repeated = true;
    for (let col = width; col < end && repeated; col++) repeated = keys[col] === keys[col % width];
    if (repeated) return { blockWidth: width, blocks: end / width };
  }
  return { blockWidth: null, blocks: 1 };
}

/** In a receipt register a plain 单位 column lists the units the notice went to. */
function unitIsReceivingUnit(columns: Column[], roleColumns: Partial<Record<Role, number>>): void {
  const col = roleColumns.unit;
  if (col === undefined || roleColumns.receivingUnit !== undefined) return;
  delete roleColumns.unit;
  roleColumns.receivingUnit = col;
  columns[col].role = "receivingUnit";
}

/**
 * In a 材料发放登记表 the person columns are the recipient's: 姓名, 接收人 or 签收人 names who got the copy (签收
 * is their signature where a 领取人 is printed), 单位 the unit it went to, 签收时间 when it was collected, and
 * 编号 (beside 序号, or alone) the copy's number. 序号 stays the row number.
 */
function materialsColumns(columns: Column[], roleColumns: Partial<Record<Role, number>>): void {
  const move = (from: Role, to: Role) => {
    const col = roleColumns[from];
    if (col === undefined || roleColumns[to] !== undefined) return false;
    delete roleColumns[from];
    roleColumns[to] = col;
    columns[col].role = to;
    return true;
  };
  move("name", "recipient");
  if (!move("receiver", "recipient")) move("receiver", "signature");
  if (!move("unit", "recipientUnit")) move("receivingUnit", "recipientUnit");
  // 签收时间 is when the recipient took the copy. A 发放日期 beside it is the clerk's date of issue, filled on every
  // row whether or not anyone came: it stays a date column, but no sign that the copy was collected.
  const issued = roleColumns.collectTime;
  if (roleColumns.receiptTime !== undefined && issued !== undefined && /发放|分发/.test(columns[issued].header)) {
    delete roleColumns.collectTime;
    columns[issued].role = null;
    columns[issued].secondFor = "collectTime";
  }
  move("receiptTime", "collectTime");
  if (roleColumns.copyNumber !== undefined) return;
  const numbered = columns.find((c) => (c.role ?? c.secondFor) === "seq" && headerKey(c.header) === "编号");
  if (!numbered) return;
  if (numbered.role === "seq") delete roleColumns.seq;
  numbered.role = "copyNumber";
  delete numbered.secondFor;
  roleColumns.copyNumber = numbered.index;
}

/**
 * The row, among the first ten, whose cells name the most column roles: two or more, or a lone
 * 姓名/单位 column (a roster of units may have nothing else), written exactly as a header.
 */
function findHeaderRow(rows: CellValue[][]): number {
  let best = -1;
  let bestCount = 0;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const roles = new Set(rows[index].map((v) => roleOfHeader(cellText(v))).filter((r) => r !== null));
    const count = roles.size === 1 && !isLoneRosterHeader(rows[index]) ? 0 : roles.size;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  }
  return best;
}

function isLoneRosterHeader(row: CellValue[]): boolean {
  return row.some((v) => {
    const key = headerKey(cellText(v));
    return ROLE_HEADERS.name.some((h) => h === key) || ROLE_HEADERS.unit.some((h) => h === key);
  });
}

/**
 * Rows of data: at least three rows with three or more filled cells. Instructions (one long text a row) and a
 * summary of label and value (应到人数 | 30) are not tables, and a sheet of them is no register to check.
 */
function looksLikeTable(rows: readonly (readonly CellValue[])[]): boolean {
  let tableRows = 0;
  for (const row of rows) {
    let filled = 0;
    for (const value of row) if (!isEmptyCell(value) && ++filled >= 3) break;
    if (filled >= 3 && ++tableRows >= 3) return true;
  }
  return false;
}

/** How many cells of a row hold something, and the first of them (no arrays: this runs for every row). */
function filledColumns(cells: CellValue[]): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let col = 0; col < cells.length; col++) {
    if (isEmptyCell(cells[col])) continue;
    if (count++ === 0) first = col;
  }
  return { count, first };
}

/** A totals row (合计 in one of its first two filled cells), or a `填表人：`/`注：` line under the table. */
function isTotalOrFooter(cells: CellValue[], filled: { count: number; first: number }): boolean {
  // Every label these patterns know begins with a Chinese word: a number (the 序号 of most rows) is none of them.
  const first = cells[filled.first];
  if (typeof first === "string" && keyMayBeginWith(first, LABEL_FIRST_CHARS)) {
    const key = matchKey(first);
    if (TOTAL.test(key) || FOOTER_LABEL.test(key) || WRITTEN_COUNT.test(key)) return true;
  }
  for (let col = filled.first + 1; col < cells.length; col++) {
    const value = cells[col];
    if (isEmptyCell(value)) continue;
    return typeof value === "string" && keyMayBeginWith(value, LABEL_FIRST_CHARS) && TOTAL.test(matchKey(value));
  }
  return false;
}

/**
 * A row of one filled cell that is not a person: a group heading (一、县领导, a cell merged across the table), a
 * note, or a number alone in 序号. A lone name or unit in its own column is data: a pre-printed row nobody signed.
 */
function isHeadingCell(cells: CellValue[], col: number, columns: Column[], merged: boolean): boolean {
  if (merged) return true;
  const text = cellText(cells[col]).trim();
  if (NOTE_START.test(text) || GROUP_HEADING.test(text)) return true;
  const role = columns[col]?.role ?? columns[col]?.secondFor ?? null;
  if (
    role === "name" ||
    role === "unit" ||
    role === "receivingUnit" ||
    role === "fromUnit" ||
    role === "recipient" ||
    role === "recipientUnit"
  )
    return false;
  return role === "seq" || role === null || text.length > 12;
}

const LABELLED_TIME = /(?:会议时间|开会时间|时间|日期)\s*[:：]\s*(.+?)(?:\s{2,}|[，,；;]|地点|$)/;
const DATE_AND_TIME =
  /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*[日号]?\s*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?\s*(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*[:：时点]\s*(?:\d{1,2}\s*分?)?/;

/** The meeting start from a title line: `会议时间：2026年12月3日上午9:00`. */
export function findMeetingStart(lines: string[]): DateTime | null {
  for (const line of lines) {
    // Runs of spaces as one: DATE_AND_TIME's neighbouring \s* would otherwise try every split of a long run
    // (a title cell of 2,000 spaces took 4 s, one of 32,767 hours). LABELLED_TIME ends at two spaces: it is linear.
    for (const [pattern, text] of [
      [LABELLED_TIME, line],
      [DATE_AND_TIME, line.replace(/\s+/g, " ")],
    ] as const) {
      const match = pattern.exec(text);
      if (!match) continue;
      const reading = parseDateTimeText(match[1] ?? match[0]);
      if (reading.ok && reading.value.date) return reading.value;
    }
  }
  return null;
}

/** The sheet address of a cell of the table, from grid row and column indices. */
export function addressOf(table: RegisterTable, rowIndex: number, col: number): string {
  return cellAddress(table.origin.row + rowIndex, table.origin.col + col);
}

/** 1-based row number in the sheet, as the user sees it. */
export function sheetRowOf(table: RegisterTable, rowIndex: number): number {
  return table.origin.row + rowIndex + 1;
}

export function roleValue(table: RegisterTable, row: DataRow, role: Role): CellValue {
  const col = table.roleColumns[role];
  return col === undefined ? null : (row.cells[col] ?? null);
}

export function roleText(table: RegisterTable, row: DataRow, role: Role): string {
  return cellText(roleValue(table, row, role)).trim();
}

/** A cell's words as values are compared: simplified (郵件 is 邮件, 機密 is 机密), half width, no spaces. */
export function roleWords(table: RegisterTable, row: DataRow, role: Role): string {
  return matchKey(roleText(table, row, role));
}

/**
 * The columns that hold one of these roles, with the role: the column holding it and any second column that
 * names it too (下午签到 beside 上午签到, 办公电话 beside 手机), left to right.
 */
export function columnsOf(table: RegisterTable, roles: Iterable<Role>): { role: Role; col: number }[] {
  const wanted = new Set(roles);
  return table.columns.flatMap((column) => {
    const role = column.role ?? column.secondFor;
    return role !== undefined && role !== null && wanted.has(role) ? [{ role, col: column.index }] : [];
  });
}

export function hasRole(table: RegisterTable, role: Role): boolean {
  return table.roleColumns[role] !== undefined;
}

/**
 * A row that is a header again: pages pasted one under another, or a second ledger further down the sheet.
 * Every filled cell reads as the header cell above it, or is another name of that column's role (日期 over 用印日期),
 * and at least two do.
 */
function repeatsHeader(cells: CellValue[], headerKeys: string[], columns: Column[]): boolean {
  let named = 0;
  for (let col = 0; col < cells.length; col++) {
    const value = cells[col];
    // A number is never a header; most data rows end here, at the 序号 column.
    if (typeof value === "number") return false;
    // A name or a unit: its key begins with an ideograph that begins neither this column's header nor any synonym.
    if (
      typeof value === "string" &&
      startsWithKeptIdeograph(value) &&
      !HEADER_FIRST_UNITS.has(value.charCodeAt(0)) &&
      value.charCodeAt(0) !== headerKeys[col]?.charCodeAt(0)
    )
      return false;
    const key = headerKey(cellText(value));
    if (key === "") continue;
    if (key !== (headerKeys[col] ?? "")) {
      const role = columns[col]?.role ?? columns[col]?.secondFor;
      if (!role || exactRoleOfHeaderKey(key) !== role) return false;
    }
    named++;
  }
  return named >= 2;
}
