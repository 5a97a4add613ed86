import type { CellValue } from "../../core/table/grid";
import { FileReadError } from "./file-error";

/** Excel's own bounds: a sheet past them is no table anyone keeps in Excel or WPS. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_TEXT = 32_767;

export interface CsvLimits {
  fileName: string;
  maxCellText: number;
  /** Called with each row's width as it is kept (the caller's cell budget); may throw. */
  takeRow?: (width: number) => void;
}

/** A row with no filled cell: one shared array, so blank lines cost no memory. */
const NO_CELLS: CellValue[] = Object.freeze([]) as unknown as CellValue[];

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The delimiter of an export: tab where the first line has more tabs than commas (Excel's "文本文件(制表符分隔)"),
 * otherwise comma. Counted outside quotes.
 */
export function sniffDelimiter(text: string): "," | "\t" {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") break;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\t") tabs++;
    else if (!quoted && ch === ",") commas++;
  }
  return tabs > commas ? "\t" : ",";
}

/**
 * RFC 4180 rows, fed in pieces of text: quoted fields may hold the delimiter, line breaks and doubled quotes.
 * Every value stays text (a phone keeps its leading 0, a time stays as typed), an empty field is null, and each
 * row ends at its last filled cell. Excel's bounds are enforced while scanning, so a file of a million blank
 * lines or an unclosed quote stops with one line instead of filling memory.
 */
export class CsvParser {
  private readonly rows: CellValue[][] = [];
  private row: CellValue[] = [];
  /** Empty fields not yet written: written only when a filled one follows (a million empty columns cost nothing). */
  private emptyFields = 0;
  /** Blank rows not yet written, for the same reason. */
  private blankRows = 0;
  private field = "";
  private state: "start" | "plain" | "quoted" | "quote-in-quoted" = "start";
  private wasQuoted = false;
  private afterCr = false;
  private line = 1;
  private fieldLine = 1;

  constructor(
    private readonly limits: CsvLimits,
    private readonly delimiter: "," | "\t" = ",",
  ) {}

  push(text: string): void {
    // An empty piece between `\r` and `\n` must not forget the `\r`: the pair is still one line break.
    if (text === "") return;
    const delimiter = this.delimiter.charCodeAt(0);
    let i = 0;
    if (this.afterCr) {
      this.afterCr = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    while (i < text.length) {
      if (this.state === "quoted") {
        const close = text.indexOf('"', i);
        this.append(text, i, close < 0 ? text.length : close);
        if (close < 0) return;
        this.state = "quote-in-quoted";
        i = close + 1;
        continue;
      }
      const ch = text.charCodeAt(i);
      if (this.state === "quote-in-quoted") {
        if (ch === QUOTE) {
          this.append(text, i, i + 1);
          this.state = "quoted";
          i++;
          continue;
        }
        this.state = "plain"; // what follows a closing quote stays in the field, as before
      }
      if (ch === QUOTE && this.state === "start") {
        this.state = "quoted";
        this.wasQuoted = true;
        this.fieldLine = this.line;
        i++;
      } else if (ch === delimiter) {
        this.endField();
        i++;
      } else if (ch === LF || ch === CR) {
        this.endField();
        this.endRow();
        if (ch === CR) {
          if (i + 1 === text.length) this.afterCr = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        i++;
      } else {
        let end = i + 1;
        while (end < text.length) {
          const c = text.charCodeAt(end);
          if (c === delimiter || c === LF || c === CR) break;
          end++;
        }
        if (this.state === "start") this.fieldLine = this.line;
        this.state = "plain";
        this.append(text, i, end);
        i = end;
      }
    }
  }

  /** The rows read, once the whole text has been pushed. */
  finish(): CellValue[][] {
    if (this.state !== "start" || this.wasQuoted || this.row.length > 0 || this.emptyFields > 0) {
      this.endField();
      this.endRow();
    }
    return this.rows;
  }

  private append(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) if (text.charCodeAt(k) === LF) this.line++;
    if (this.field.length + (to - from) > this.limits.maxCellText) {
      const quote = this.wasQuoted ? "（可能是引号没有配对）" : "";
      throw new FileReadError(
        `${this.limits.fileName}：第 ${this.fieldLine.toLocaleString("en-US")} 行有单元格超过 ${this.limits.maxCellText.toLocaleString("en-US")} 个字符（Excel 的上限）${quote}，不是 Excel 能保存的表格，不检查`,
      );
    }
    this.field += text.slice(from, to);
  }

  private endField(): void {
    const value = this.field === "" && !this.wasQuoted ? null : this.field;
    this.field = "";
    this.wasQuoted = false;
    this.state = "start";
    if (value === null) {
      this.emptyFields++;
      return;
    }
    const column = this.row.length + this.emptyFields;
    if (column >= EXCEL_MAX_COLUMNS)
      throw new FileReadError(
        `${this.limits.fileName}：第 ${this.line.toLocaleString("en-US")} 行超过 ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")} 列（Excel 的上限，最后一列是 XFD），不是 Excel 能打开的表格，不检查`,
      );
    for (; this.emptyFields > 0; this.emptyFields--) this.row.push(null);
    this.row.push(value);
  }

  private endRow(): void {
    const row = this.row;
    this.row = [];
    this.emptyFields = 0;
    this.line++;
    if (row.length === 0) {
      this.blankRows++;
      return;
    }
    if (this.rows.length + this.blankRows >= EXCEL_MAX_ROWS)
      throw new FileReadError(
        `${this.limits.fileName}：超过 ${EXCEL_MAX_ROWS.toLocaleString("en-US")} 行（Excel 的上限），不是 Excel 能打开的表格，不检查`,
      );
    for (; this.blankRows > 0; this.blankRows--) this.rows.push(NO_CELLS);
    this.limits.takeRow?.(row.length);
    this.rows.push(row);
  }
}

/** The rows of a whole text at once (tests, and callers that already hold the text). */
export function parseCsv(
  text: string,
  limits: CsvLimits = { fileName: "文本", maxCellText: EXCEL_MAX_CELL_TEXT },
  delimiter = sniffDelimiter(text),
): CellValue[][] {
  const parser = new CsvParser(limits, delimiter);
  parser.push(text);
  return parser.finish();
}
