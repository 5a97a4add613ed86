import { cellAddress, parseAddress } from "../../../core/table/grid";
import { attribute, escapeXml, prefixOf, withAttribute } from "./xml-text";

/** The style index a marked cell gets, from the style it had (or would have, if it holds nothing yet). */
export type MarkedStyle = (baseXf: number, argb: string) => number;

/**
 * A cell's new XML from what is there: its element (null where the cell holds nothing yet), its style (or the
 * row's or column's, for a new one, so borders stay) and its address.
 */
export type CellEdit = (cell: { xml: string | null; style: number; address: string }) => string;

/**
 * A worksheet's XML with each marked cell's style index swapped for a marked copy of it. Nothing else in the
 * sheet changes: values, formulas and every other cell keep their bytes.
 */
export function markCells(sheetXml: string, marks: Map<string, string>, markedStyle: MarkedStyle): string {
  const edits = new Map<string, CellEdit>();
  for (const [address, argb] of marks)
    edits.set(address, ({ xml, style, address: at }) => {
      const marked = String(markedStyle(style, argb));
      if (xml === null) return `<c r="${at}" s="${marked}"/>`;
      const tag = /^<[^>]*>/.exec(xml)![0];
      return xml.replace(tag, () => withAttribute(tag, "s", marked));
    });
  return editCells(sheetXml, edits);
}

/** A value written into a cell: text, a number, or a number shown with `style` (a date). */
export type CellWrite = string | number | { number: number; style: (baseXf: number) => number };

/** A worksheet's XML with values written into the given cells, each keeping its style; nothing else changes. */
export function writeCells(sheetXml: string, values: Map<string, CellWrite>): string {
  const edits = new Map<string, CellEdit>();
  for (const [address, value] of values)
    edits.set(address, ({ style, address: at }) => {
      if (typeof value === "string")
        return `<c r="${at}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
      if (typeof value === "number") return `<c r="${at}" s="${style}"><v>${value}</v></c>`;
      return `<c r="${at}" s="${value.style(style)}"><v>${value.number}</v></c>`;
    });
  return editCells(sheetXml, edits);
}

/** A worksheet's XML with each cell in `edits` replaced (or added, in order) by what its edit makes of it. */
function editCells(sheetXml: string, edits: Map<string, CellEdit>): string {
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const [address, edit] of edits) {
    const at = parseAddress(address);
    if (!at) continue;
    const row = byRow.get(at.row) ?? new Map<number, CellEdit>();
    row.set(at.col, edit);
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
      .map(([col, edit]) => prefixed(edit({ xml: null, style: columnStyle(col), address: cellAddress(row, col) }), p))
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
    (rowXml, row) => editRow(rowXml, row, byRow.get(row)!, p, columnStyle),
  );
  const sheetData = `<${p}sheetData>${rows}</${p}sheetData>`;
  const end = close < 0 ? bodyStart : close + `</${p}sheetData>`.length;
  return sheetXml.slice(0, open.index) + sheetData + sheetXml.slice(end);
}

/** An edit's cell XML in the sheet's own namespace prefix (`<c`/`</c>`/`<is>`… become `<x:c`… where needed). */
function prefixed(xml: string, p: string): string {
  return p ? xml.replace(/<(\/?)(c|v|is|t)\b/g, `<$1${p}$2`) : xml;
}

function editRow(
  rowXml: string,
  row: number,
  edits: Map<number, CellEdit>,
  p: string,
  columnStyle: (col: number) => number,
): string {
  let startTag = /^<[^>]*>/.exec(rowXml)![0];
  const selfClosing = startTag.endsWith("/>");
  const inner = selfClosing ? "" : rowXml.slice(startTag.length, rowXml.length - `</${p}row>`.length);
  const rowStyle = attribute(startTag, "customFormat") === "1" ? Number(attribute(startTag, "s") ?? 0) : null;
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const added = (col: number) =>
    prefixed(edits.get(col)!({ xml: null, style: rowStyle ?? columnStyle(col), address: cellAddress(row, col) }), p);
  const cells = weave(
    inner,
    new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g"),
    (tag, previous) => parseAddress(attribute(tag, "r") ?? "")?.col ?? previous + 1,
    pending,
    added,
    (cellXml, col) => {
      const cellTag = /^<[^>]*>/.exec(cellXml)![0];
      const style = Number(attribute(cellTag, "s") ?? 0);
      return prefixed(edits.get(col)!({ xml: cellXml, style, address: cellAddress(row, col) }), p);
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
