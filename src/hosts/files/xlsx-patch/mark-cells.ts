import { cellAddress, parseAddress } from "../../../core/table/grid";
import { attribute, prefixOf, withAttribute } from "./xml-text";

/** The style index a marked cell gets, from the style it had (or would have, if it holds nothing yet). */
export type MarkedStyle = (baseXf: number, argb: string) => number;

/**
 * A worksheet's XML with each marked cell's style index swapped for a marked copy of it. Nothing else in the
 * sheet changes: values, formulas and every other cell keep their bytes. A marked cell that holds nothing (so
 * has no `<c>` element) is added, with the row's or column's style as its base so its borders stay.
 */
export function markCells(sheetXml: string, marks: Map<string, string>, markedStyle: MarkedStyle): string {
  const byRow = new Map<number, Map<number, string>>();
  for (const [address, argb] of marks) {
    const at = parseAddress(address);
    if (!at) continue;
    const row = byRow.get(at.row) ?? new Map<number, string>();
    row.set(at.col, argb);
    byRow.set(at.row, row);
  }
  if (byRow.size === 0) return sheetXml;
  const p = prefixOf(sheetXml, "sheetData");
  const columnStyle = columnStyles(sheetXml, p);
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(sheetXml);
  if (!open) return sheetXml;
  const bodyStart = open.index + open[0].length;
  const close = open[1] ? -1 : sheetXml.indexOf(`</${p}sheetData>`, bodyStart);
  const body = close < 0 ? "" : sheetXml.slice(bodyStart, close);
  const pending = [...byRow.keys()].sort((a, b) => a - b);

  const newRow = (row: number) => {
    const cells = [...byRow.get(row)!].sort((a, b) => a[0] - b[0]);
    const xml = cells
      .map(([col, argb]) => `<${p}c r="${cellAddress(row, col)}" s="${markedStyle(columnStyle(col), argb)}"/>`)
      .join("");
    return `<${p}row r="${row + 1}">${xml}</${p}row>`;
  };
  const rows = weave(
    body,
    new RegExp(`<${p}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}row>)`, "g"),
    (tag, previous) => {
      const r = attribute(tag, "r");
      return r ? Number(r) - 1 : previous + 1;
    },
    pending,
    newRow,
    (rowXml, row) => markRow(rowXml, row, byRow.get(row)!, p, columnStyle, markedStyle),
  );
  const sheetData = `<${p}sheetData>${rows}</${p}sheetData>`;
  const end = close < 0 ? bodyStart : close + `</${p}sheetData>`.length;
  return sheetXml.slice(0, open.index) + sheetData + sheetXml.slice(end);
}

function markRow(
  rowXml: string,
  row: number,
  marks: Map<number, string>,
  p: string,
  columnStyle: (col: number) => number,
  markedStyle: MarkedStyle,
): string {
  let startTag = /^<[^>]*>/.exec(rowXml)![0];
  const selfClosing = startTag.endsWith("/>");
  const inner = selfClosing ? "" : rowXml.slice(startTag.length, rowXml.length - `</${p}row>`.length);
  const rowStyle = attribute(startTag, "customFormat") === "1" ? Number(attribute(startTag, "s") ?? 0) : null;
  const baseOf = (col: number) => rowStyle ?? columnStyle(col);
  const pending = [...marks.keys()].sort((a, b) => a - b);
  const added = (col: number) =>
    `<${p}c r="${cellAddress(row, col)}" s="${markedStyle(baseOf(col), marks.get(col)!)}"/>`;
  const cells = weave(
    inner,
    new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g"),
    (tag, previous) => parseAddress(attribute(tag, "r") ?? "")?.col ?? previous + 1,
    pending,
    added,
    (cellXml, col) => {
      const cellTag = /^<[^>]*>/.exec(cellXml)![0];
      const style = markedStyle(Number(attribute(cellTag, "s") ?? 0), marks.get(col)!);
      return cellXml.replace(cellTag, () => withAttribute(cellTag, "s", String(style)));
    },
  );
  // `spans` is only a hint of the row's first and last column; a cell added outside it must not contradict it.
  startTag = startTag.replace(/\sspans\s*=\s*"[^"]*"/, "").replace(/\s*\/>$/, ">");
  return `${startTag}${cells}</${p}row>`;
}

/**
 * Walks the elements of `xml` (rows of sheetData, cells of a row) in order, each at the position its start tag
 * gives (or the one after the previous, where it gives none): an element at a wanted position is changed, and a
 * wanted position with no element gets a new one, in order. Everything between elements is kept as it is.
 */
function weave(
  xml: string,
  element: RegExp,
  positionOf: (startTag: string, previous: number) => number,
  wanted: number[],
  create: (position: number) => string,
  change: (elementXml: string, position: number) => string,
): string {
  const pending = [...wanted];
  const out: string[] = [];
  let position = -1;
  let last = 0;
  for (const match of xml.matchAll(element)) {
    position = positionOf(/^<[^>]*>/.exec(match[0])![0], position);
    out.push(xml.slice(last, match.index));
    while (pending.length && pending[0] < position) out.push(create(pending.shift()!));
    if (pending[0] === position) {
      pending.shift();
      out.push(change(match[0], position));
    } else out.push(match[0]);
    last = match.index + match[0].length;
  }
  out.push(xml.slice(last));
  for (const rest of pending) out.push(create(rest));
  return out.join("");
}

/** The style of each column from `<cols>` (what an empty cell shows), 0 where none is set. */
function columnStyles(sheetXml: string, p: string): (col: number) => number {
  const ranges: { min: number; max: number; style: number }[] = [];
  const cols = new RegExp(`<${p}cols\\b[^>]*>([\\s\\S]*?)</${p}cols>`).exec(sheetXml)?.[1] ?? "";
  for (const match of cols.matchAll(new RegExp(`<${p}col\\b[^>]*>`, "g"))) {
    const style = attribute(match[0], "style");
    if (style === null) continue;
    ranges.push({
      min: Number(attribute(match[0], "min")),
      max: Number(attribute(match[0], "max")),
      style: Number(style),
    });
  }
  return (col) => ranges.find((r) => col + 1 >= r.min && col + 1 <= r.max)?.style ?? 0;
}
