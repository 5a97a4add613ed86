import type { CellValue, Grid, MergedArea } from "../../core/table/grid";
import { FileReadError } from "./file-error";
import { MAX_DOCUMENT_XML_BYTES, MAX_XML_DEPTH, documentXmlOf, parseDocumentXml, xmlDepthPast } from "./read-docx";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface XmlElement {
  nodeType: number;
  namespaceURI?: string | null;
  localName?: string | null;
  nodeValue?: string | null;
  childNodes: ArrayLike<XmlElement>;
  getAttributeNS?(ns: string, name: string): string | null;
}

/**
 * The tables of a .docx as grids (表格1, 表格2 …), with their title: the paragraphs just above each table become
 * its first rows, so a `单位：县财政局` line over a 回执 is read as a register's title line is. A cell spanning
 * columns (gridSpan) or rows (vMerge) is a merged area; a cell's paragraphs are joined with spaces.
 */
export async function readDocxTables(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  const xml = documentXmlOf(bytes, fileName, {
    tooLarge: () => `${fileName}：正文超过 ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB 的上限，不读取`,
    notWord: `${fileName}：不是 Word 文档（缺少 word/document.xml）`,
  });
  return tablesOfDocumentXml(xml, fileName);
}

export async function tablesOfDocumentXml(xml: string, fileName = "document.xml"): Promise<Grid[]> {
  if (xmlDepthPast(xml, MAX_XML_DEPTH))
    throw new FileReadError(`${fileName}：文档的 XML 嵌套超过 ${MAX_XML_DEPTH} 层（上限），不读取`);
  const doc = await parseDocumentXml<XmlElement>(xml, fileName);
  const bodyNode = find(doc, "body");
  if (!bodyNode) return [];
  const grids: Grid[] = [];
  const above: string[] = [];
  for (const node of elements(bodyNode)) {
    if (node.localName === "p") {
      const text = textOf(node).trim();
      if (text !== "") above.push(text);
    } else if (node.localName === "tbl") {
      grids.push(tableGrid(node, `表格${grids.length + 1}`, above.slice(-3)));
      above.length = 0;
    }
  }
  return grids;
}

function tableGrid(table: XmlElement, sheet: string, titles: string[]): Grid {
  const rows: CellValue[][] = titles.map((t) => [t]);
  const merges: MergedArea[] = titles.map((_, r) => ({ top: r, left: 0, bottom: r, right: 0 }));
  // The open vertical merge of each column: the area its restarting cell began.
  const openDown = new Map<number, MergedArea>();
  for (const tr of elements(table).filter((n) => n.localName === "tr")) {
    const r = rows.length;
    const row: CellValue[] = [];
    for (const tc of elements(tr).filter((n) => n.localName === "tc")) {
      const col = row.length;
      const props = elements(tc).find((n) => n.localName === "tcPr");
      const span = Math.max(1, Number(attr(props && child(props, "gridSpan"), "val")) || 1);
      const vMerge = props && child(props, "vMerge");
      const continues = vMerge !== undefined && (attr(vMerge, "val") ?? "continue") === "continue";
      const text = elements(tc)
        .filter((n) => n.localName === "p" || n.localName === "tbl")
        .map((n) => textOf(n).trim())
        .filter((t) => t !== "")
        .join(" ");
      row.push(continues ? null : text === "" ? null : text, ...new Array<CellValue>(span - 1).fill(null));
      if (span > 1 && !continues) merges.push({ top: r, left: col, bottom: r, right: col + span - 1 });
      if (continues && openDown.has(col)) openDown.get(col)!.bottom = r;
      else if (vMerge !== undefined) {
        const area = { top: r, left: col, bottom: r, right: col + span - 1 };
        openDown.set(col, area);
        merges.push(area);
      } else openDown.delete(col);
    }
    rows.push(row);
  }
  return {
    sheet,
    rows,
    origin: { row: 0, col: 0 },
    merges: merges.filter((m) => m.bottom > m.top || m.right > m.left),
  };
}

function elements(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const c = node.childNodes[i];
    if (c.nodeType === 1 && c.namespaceURI === W) out.push(c);
  }
  return out;
}

function child(node: XmlElement, name: string): XmlElement | undefined {
  return elements(node).find((n) => n.localName === name);
}

function attr(node: XmlElement | undefined, name: string): string | null {
  return node?.getAttributeNS?.(W, name) ?? null;
}

function find(node: XmlElement, name: string): XmlElement | null {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 1 && n.namespaceURI === W && n.localName === name) return n;
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  return null;
}

/** The text of an element: its w:t runs (no deleted text, no field codes), paragraphs apart by a space. */
function textOf(node: XmlElement): string {
  const parts: string[] = [];
  const stack: (XmlElement | " ")[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === " ") {
      parts.push(" ");
      continue;
    }
    const name = n.nodeType === 1 && n.namespaceURI === W ? n.localName : null;
    if (name === "t") {
      for (let i = 0; i < n.childNodes.length; i++) parts.push(n.childNodes[i].nodeValue ?? "");
      continue;
    }
    if (name === "tab") parts.push(" ");
    if (name === "delText" || name === "instrText" || n.nodeType !== 1) continue;
    if (name === "p") stack.push(" ");
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  return parts.join("").replace(/\s+/g, " ");
}
