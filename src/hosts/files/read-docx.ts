import { DOMParser } from "@xmldom/xmldom";
import { FileReadError, assertOfficeZip } from "./file-error";
import { assertUnzipsWithinLimit } from "./zip-limits";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface XmlNode {
  nodeType: number;
  namespaceURI?: string | null;
  localName?: string | null;
  nodeValue?: string | null;
  childNodes: ArrayLike<XmlNode>;
}

/**
 * The text of a .docx, one string per paragraph, in document order: body paragraphs, table cells, text
 * boxes. Deleted text of tracked changes (w:delText) and field codes (w:instrText) are not text.
 */
export async function readDocxParagraphs(bytes: Uint8Array, fileName: string): Promise<string[]> {
  assertOfficeZip(bytes, fileName, "docx");
  assertUnzipsWithinLimit(bytes, fileName);
  const { default: JSZip } = await import("jszip");
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("word/document.xml")?.async("string");
  } catch {
    throw new FileReadError(`${fileName}：文件已损坏或不完整，无法读取。请在 Word 或 WPS 中打开后重新保存为 .docx`);
  }
  if (xml === undefined)
    throw new FileReadError(`${fileName}：不是 Word 文档（缺少 word/document.xml），可能是改了扩展名的其他文件`);
  return paragraphsOfDocumentXml(xml, fileName);
}

export function paragraphsOfDocumentXml(xml: string, fileName = "document.xml"): string[] {
  let failed = false;
  let doc: XmlNode | null = null;
  try {
    doc = new DOMParser({
      onError: (level: string) => {
        if (level === "fatalError") failed = true;
      },
    }).parseFromString(xml, "text/xml") as unknown as XmlNode;
  } catch {
    failed = true; // xmldom throws on some malformed documents (an undeclared prefix) instead of reporting them
  }
  if (failed || !doc) throw new FileReadError(`${fileName}：文档内容已损坏（XML 无法解析）`);
  const paragraphs: string[] = [];
  const open: string[][] = [];
  const walk = (node: XmlNode): void => {
    const isW = node.namespaceURI === W;
    const name = isW ? node.localName : null;
    if (name === "p") open.push([]);
    if (name === "t" && open.length) open[open.length - 1].push(textOf(node));
    else if ((name === "tab" || name === "ptab") && open.length) open[open.length - 1].push("\t");
    else if ((name === "br" || name === "cr") && open.length) open[open.length - 1].push(" ");
    else if (name !== "delText" && name !== "instrText") {
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    }
    if (name === "p") paragraphs.push(open.pop()!.join(""));
  };
  walk(doc);
  return paragraphs;
}

function textOf(node: XmlNode): string {
  let text = "";
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? "";
  }
  return text;
}

/** A .txt notice, decoded, as paragraphs: one a line. */
export function textParagraphs(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
