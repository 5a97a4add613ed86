import type { CellValue } from "../../core/table/grid";

/**
 * The delimiter of an export: tab where the first line has more tabs than commas (Excel's "文本文件(制表符分隔)"),
 * otherwise comma. Counted outside quotes.
 */
export function sniffDelimiter(text: string): "," | "\t" {
  const end = text.search(/[\r\n]/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\t") tabs++;
    else if (!quoted && ch === ",") commas++;
  }
  return tabs > commas ? "\t" : ",";
}

/**
 * RFC 4180 rows: quoted fields may hold the delimiter, line breaks and doubled quotes. Every value stays text
 * (a phone keeps its leading 0, a time stays as typed), an empty field is null.
 */
export function parseCsv(text: string, delimiter = sniffDelimiter(text)): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(field === "" && !wasQuoted ? null : field);
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || wasQuoted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
