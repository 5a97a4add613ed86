import { decodeText } from "./text-bytes";
import { FileReadError, assertOfficeZip } from "./file-error";
import { unzipWithinLimits } from "./bounded-unzip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** Word's own documents nest a few dozen deep (tables in tables in content controls); far past that is an attack. */
export const MAX_XML_DEPTH = 1000;
/** The body's XML (word/document.xml): 8 MB is some thousand pages; reading it holds about 35 times that. */
export const MAX_DOCUMENT_XML_BYTES = 8 * 1024 * 1024;
const DOCUMENT_XML = "word/document.xml";

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
  const xml = documentXmlOf(bytes, fileName, {
    tooLarge: (claimed) => bodyTooLarge(fileName, claimed),
    notWord: `${fileName}：不是 Word 文档（缺少 word/document.xml），可能是改了扩展名的其他文件`,
  });
  return paragraphsOfDocumentXml(xml, fileName);
}

/**
 * The text of a .docx's body (word/document.xml), unpacked within MAX_DOCUMENT_XML_BYTES; a damaged zip is refused
 * with the same line by every reader, a body too large or missing with the reader's own.
 */
export function documentXmlOf(
  bytes: Uint8Array,
  fileName: string,
  refusals: { tooLarge: (claimed?: number) => string; notWord: string },
): string {
  assertOfficeZip(bytes, fileName, "docx");
  const parts = unzipWithinLimits(bytes, fileName, {
    keep: (name) => name === DOCUMENT_XML,
    damaged: `${fileName}：文件已损坏或不完整，无法读取。请在 Word 或 WPS 中打开后重新保存为 .docx`,
    partLimit: { name: DOCUMENT_XML, bytes: MAX_DOCUMENT_XML_BYTES, tooLarge: refusals.tooLarge },
  });
  const body = parts.get(DOCUMENT_XML);
  if (body === undefined) throw new FileReadError(refusals.notWord);
  return new TextDecoder().decode(body);
}

/** word/document.xml parsed, as the caller's view of its nodes; a FileReadError where it is not well-formed. */
export async function parseDocumentXml<Node>(xml: string, fileName: string): Promise<Node> {
  const { DOMParser } = await import("@xmldom/xmldom"); // only a .docx needs it: linting a .txt does not load it
  let failed = false;
  let doc: Node | null = null;
  try {
    doc = new DOMParser({
      onError: (level: string) => {
        if (level === "fatalError") failed = true;
      },
    }).parseFromString(xml, "text/xml") as unknown as Node;
  } catch {
    failed = true; // xmldom throws on some malformed documents (an undeclared prefix) instead of reporting them
  }
  if (failed || !doc) throw new FileReadError(`${fileName}：文档内容已损坏（XML 无法解析）`);
  return doc;
}

/** How deep the elements of an XML text nest, counted without parsing it, stopping once past `limit`. */
export function xmlDepthPast(xml: string, limit: number): boolean {
  let depth = 0;
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    const next = xml.charCodeAt(at + 1);
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */) {
      const end = xml.indexOf(">", at);
      if (end < 0) return false;
      if (xml.charCodeAt(end - 1) !== 0x2f) depth++;
      if (depth > limit) return true;
      at = end;
    }
  }
  return false;
}

export async function paragraphsOfDocumentXml(xml: string, fileName = "document.xml"): Promise<string[]> {
  if (xmlDepthPast(xml, MAX_XML_DEPTH)) throw tooDeep(fileName);
  const doc = await parseDocumentXml<XmlNode>(xml, fileName);
  const paragraphs: string[] = [];
  const open: string[][] = [];
  // Walked with a stack of its own: a document nested thousands deep must get a reason, not overflow ours.
  const stack: { node: XmlNode; depth: number; closesParagraph?: true }[] = [{ node: doc, depth: 0 }];
  while (stack.length) {
    const { node, depth, closesParagraph } = stack.pop()!;
    if (closesParagraph) {
      paragraphs.push(open.pop()!.join(""));
      continue;
    }
    if (depth > MAX_XML_DEPTH) throw tooDeep(fileName);
    const name = node.namespaceURI === W ? node.localName : null;
    if (name === "p") {
      open.push([]);
      stack.push({ node, depth, closesParagraph: true });
    }
    if (name === "t" && open.length) open[open.length - 1].push(textOf(node));
    else if ((name === "tab" || name === "ptab") && open.length) open[open.length - 1].push("\t");
    else if ((name === "br" || name === "cr") && open.length) open[open.length - 1].push(" ");
    else if (name !== "delText" && name !== "instrText") {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i], depth: depth + 1 });
    }
  }
  return paragraphs;
}

function bodyTooLarge(fileName: string, claimed?: number): string {
  const size = claimed === undefined ? "" : `有 ${Math.round(claimed / 1024 / 1024)} MB，`;
  return `${fileName}：正文${size}超过 ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB 的上限（约上千页），不读取；会议通知和纪要不会这么长`;
}

function tooDeep(fileName: string): FileReadError {
  return new FileReadError(
    `${fileName}：文档的 XML 嵌套超过 ${MAX_XML_DEPTH} 层（上限），不读取；Word 保存的文档不会这样`,
  );
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

/** The paragraphs of a .docx, or of a .txt in UTF-8 or GBK. */
export async function documentParagraphs(bytes: Uint8Array, fileName: string): Promise<string[]> {
  return fileName.toLowerCase().endsWith(".docx")
    ? readDocxParagraphs(bytes, fileName)
    : textParagraphs(decodeText(bytes, fileName));
}
