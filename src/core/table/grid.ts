/** A cell as a host hands it over: Excel dates arrive as serial numbers. */
export type CellValue = string | number | boolean | null;

/** A rectangle of merged cells, 0-based and inclusive, relative to the grid. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet's used range as a host reads it. */
export interface Grid {
  sheet: string;
  rows: CellValue[][];
  /** Where rows[0][0] sits in the sheet, 0-based (a used range may start at C3). */
  origin?: { row: number; col: number };
  merges?: MergedArea[];
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based sheet row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function parseAddress(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "是" : "否";
  return String(value);
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  // A number or a boolean always shows something: no need to turn it into text.
  if (typeof value !== "string") return false;
  // Most text begins with a visible ASCII character or an ideograph, which trim never removes: no scan needed.
  const first = value.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x3400 && first <= 0x9fff)) return false;
  return value.trim() === "";
}
