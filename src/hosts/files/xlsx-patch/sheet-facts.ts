import {
  type XmlElement,
  attributeOf,
  childElements,
  childrenNamed,
  firstChildNamed,
  innerOf,
  localName,
  rootElement,
} from "./xml-scan";

/** Whether the worksheet is protected (Excel's 保护工作表): its cells may not be changed. */
export function isSheetProtected(sheetXml: string): boolean {
  const root = rootElement(sheetXml);
  const protection = root && firstChildNamed(sheetXml, root, "sheetProtection");
  const on = protection && attributeOf(sheetXml, protection, "sheet");
  return on === "1" || on === "true";
}

/**
 * The 1-based number of the last row with a cell holding a value or a formula, 0 if none. A formula saved without
 * its result (a 合计 row written by a program) reads as empty, but is there.
 */
export function lastRowWithContent(sheetXml: string): number {
  const root = rootElement(sheetXml);
  const sheetData = root && firstChildNamed(sheetXml, root, "sheetData");
  if (!sheetData) return 0;
  const rows: { element: XmlElement; number: number }[] = [];
  let row = 0;
  for (const element of childrenNamed(sheetXml, sheetData, "row")) {
    const r = Number(attributeOf(sheetXml, element, "r"));
    row = Number.isInteger(r) && r > 0 ? r : row + 1;
    rows.push({ element, number: row });
  }
  // From the bottom up: in a register the last row usually has content, and its cells are all that is read.
  rows.sort((a, b) => b.number - a.number);
  return rows.find(({ element }) => hasCellWithContent(sheetXml, element))?.number ?? 0;
}

function hasCellWithContent(sheetXml: string, rowElement: XmlElement): boolean {
  for (const cell of childrenNamed(sheetXml, rowElement, "c")) {
    const { from, to } = innerOf(sheetXml, cell);
    for (const child of childElements(sheetXml, from, to)) if (["v", "f", "is"].includes(localName(child))) return true;
  }
  return false;
}

/** The relationship ids of the worksheet's Excel tables (插入 › 表格). */
export function tablePartIds(sheetXml: string): string[] {
  const root = rootElement(sheetXml);
  const parts = root && firstChildNamed(sheetXml, root, "tableParts");
  if (!parts) return [];
  const ids: string[] = [];
  for (const part of childrenNamed(sheetXml, parts, "tablePart")) {
    const tag = sheetXml.slice(part.start, part.tagEnd);
    const id = /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}
