import { cellAddress, parseAddress } from "../../../core/table/grid";
import {
  type XmlElement,
  attributeOf,
  childElements,
  childrenNamed,
  firstChildNamed,
  innerOf,
  localName,
  prefixOfElement,
  rootElement,
  startTagOf,
} from "./xml-scan";
import { attribute, escapeXml, withAttribute } from "./xml-text";

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
  const root = rootElement(sheetXml);
  const sheetData = root && firstChildNamed(sheetXml, root, "sheetData");
  if (!root || !sheetData) return sheetXml;
  const p = prefixOfElement(sheetData);
  const columnStyle = columnStyles(sheetXml, root);
  const { from, to } = innerOf(sheetXml, sheetData);

  const newRow = (row: number) => {
    const cells = [...byRow.get(row)!].sort((a, b) => a[0] - b[0]);
    const xml = cells
      .map(([col, edit]) => prefixed(edit({ xml: null, style: columnStyle(col), address: cellAddress(row, col) }), p))
      .join("");
    return `<${p}row r="${row + 1}">${xml}</${p}row>`;
  };
  const rows = weave(
    sheetXml,
    from,
    to,
    "row",
    (tag, previous) => {
      const r = Number(attribute(tag, "r"));
      return Number.isInteger(r) && r > 0 ? r - 1 : previous + 1;
    },
    [...byRow.keys()].sort((a, b) => a - b),
    newRow,
    (element, row) => editRow(sheetXml, element, row, byRow.get(row)!, p, columnStyle),
  );
  return `${sheetXml.slice(0, sheetData.start)}<${p}sheetData>${rows}</${p}sheetData>${sheetXml.slice(sheetData.end)}`;
}

/** An edit's cell XML in the sheet's own namespace prefix (`<c`/`</c>`/`<is>`… become `<x:c`… where needed). */
function prefixed(xml: string, p: string): string {
  return p ? xml.replace(/<(\/?)(c|v|is|t)\b/g, `<$1${p}$2`) : xml;
}

function editRow(
  sheetXml: string,
  rowElement: XmlElement,
  row: number,
  edits: Map<number, CellEdit>,
  p: string,
  columnStyle: (col: number) => number,
): string {
  let startTag = startTagOf(sheetXml, rowElement);
  const rowStyle = attribute(startTag, "customFormat") === "1" ? Number(attribute(startTag, "s") ?? 0) : null;
  const added = (col: number) =>
    prefixed(edits.get(col)!({ xml: null, style: rowStyle ?? columnStyle(col), address: cellAddress(row, col) }), p);
  const { from, to } = innerOf(sheetXml, rowElement);
  const cells = weave(
    sheetXml,
    from,
    to,
    "c",
    (tag, previous) => parseAddress(attribute(tag, "r") ?? "")?.col ?? previous + 1,
    [...edits.keys()].sort((a, b) => a - b),
    added,
    (cell, col) => {
      const style = Number(attributeOf(sheetXml, cell, "s") ?? 0);
      const xml = sheetXml.slice(cell.start, cell.end);
      return prefixed(edits.get(col)!({ xml, style, address: cellAddress(row, col) }), p);
    },
  );
  // `spans` is only a hint of the row's first and last column; a cell added outside it must not contradict it.
  startTag = startTag.replace(/\sspans\s*=\s*"[^"]*"/, "").replace(/\s*\/>$/, ">");
  return `${startTag}${cells}</${p}row>`;
}

/**
 * Walks the `name` elements inside `xml[from, to)` (rows of sheetData, cells of a row) in order, each at the
 * position its start tag gives (or the one after the previous, where it gives none): an element at a wanted
 * position is changed, and a wanted position with no element gets a new one, in order. Everything between
 * elements (comments too) is kept as it is.
 */
function weave(
  xml: string,
  from: number,
  to: number,
  name: string,
  positionOf: (startTag: string, previous: number) => number,
  wanted: number[],
  create: (position: number) => string,
  change: (element: XmlElement, position: number) => string,
): string {
  const pending = [...wanted].reverse();
  const out: string[] = [];
  let position = -1;
  let last = from;
  for (const element of childElements(xml, from, to)) {
    if (localName(element) !== name) continue;
    position = positionOf(startTagOf(xml, element), position);
    out.push(xml.slice(last, element.start));
    while (pending.length && pending.at(-1)! < position) out.push(create(pending.pop()!));
    if (pending.at(-1) === position) {
      pending.pop();
      out.push(change(element, position));
    } else out.push(xml.slice(element.start, element.end));
    last = element.end;
  }
  out.push(xml.slice(last, to));
  while (pending.length) out.push(create(pending.pop()!));
  return out.join("");
}

/** The style of each column from `<cols>` (what an empty cell shows), 0 where none is set. */
function columnStyles(sheetXml: string, root: XmlElement): (col: number) => number {
  const ranges: { min: number; max: number; style: number }[] = [];
  for (const cols of childrenNamed(sheetXml, root, "cols"))
    for (const col of childrenNamed(sheetXml, cols, "col")) {
      const style = attributeOf(sheetXml, col, "style");
      if (style === null) continue;
      ranges.push({
        min: Number(attributeOf(sheetXml, col, "min")),
        max: Number(attributeOf(sheetXml, col, "max")),
        style: Number(style),
      });
    }
  return (col) => ranges.find((r) => col + 1 >= r.min && col + 1 <= r.max)?.style ?? 0;
}
