import { attribute } from "./xml-text";

/** An element found in XML text: its qualified name and where its start tag and the element end. */
export interface XmlElement {
  name: string;
  start: number;
  /** Just after the start tag's `>`. */
  tagEnd: number;
  /** Just after the end tag (or the self-closing start tag). */
  end: number;
  selfClosing: boolean;
}

/**
 * The elements directly inside `xml[from, to)`, in order, in one pass: comments, CDATA sections, processing
 * instructions and declarations are skipped whole, so a comment full of tags is text, as it is to Excel. A tag
 * that never ends stops the scan.
 */
export function* childElements(xml: string, from = 0, to = xml.length): Generator<XmlElement> {
  let i = from;
  let depth = 0;
  let open: { name: string; start: number; tagEnd: number } | null = null;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) return;
    const past = pastMarkup(xml, lt, to);
    if (past >= 0) i = past;
    else {
      const gt = tagEnd(xml, lt, to);
      if (gt < 0) return;
      if (xml.charCodeAt(lt + 1) === 0x2f /* / */) {
        depth = Math.max(0, depth - 1);
        if (depth === 0 && open) {
          yield { ...open, end: gt, selfClosing: false };
          open = null;
        }
      } else {
        const selfClosing = xml.charCodeAt(gt - 2) === 0x2f;
        if (depth === 0) {
          const name = tagName(xml, lt + 1, gt);
          if (selfClosing) yield { name, start: lt, tagEnd: gt, end: gt, selfClosing };
          else {
            open = { name, start: lt, tagEnd: gt };
            depth = 1;
          }
        } else if (!selfClosing) depth++;
      }
      i = gt;
    }
  }
}

/** The element's name without its namespace prefix. */
export const localName = (element: XmlElement) => element.name.slice(element.name.indexOf(":") + 1);

/** The prefix of the element's name, with its colon (`x:`), or "". */
export const prefixOfElement = (element: XmlElement) => element.name.slice(0, element.name.indexOf(":") + 1);

/** The element's start tag. */
export const startTagOf = (xml: string, element: XmlElement) => xml.slice(element.start, element.tagEnd);

/** The element's attribute, unescaped; null when absent. */
export const attributeOf = (xml: string, element: XmlElement, name: string) =>
  attribute(startTagOf(xml, element), name);

/** The text between the element's tags: where it starts and ends. */
export function innerOf(xml: string, element: XmlElement): { from: number; to: number } {
  if (element.selfClosing) return { from: element.tagEnd, to: element.tagEnd };
  return { from: element.tagEnd, to: xml.lastIndexOf("</", element.end - 1) };
}

/**
 * The document's root element (past the declaration and comments): its start tag found by scanning, its end by
 * the document's last end tag, so that asking for the root does not walk a sheet of a million cells.
 */
export function rootElement(xml: string): XmlElement | null {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return null;
    const past = pastMarkup(xml, lt, xml.length);
    if (past >= 0) i = past;
    else {
      const gt = tagEnd(xml, lt, xml.length);
      if (gt < 0) return null;
      const name = tagName(xml, lt + 1, gt);
      if (xml.charCodeAt(gt - 2) === 0x2f) return { name, start: lt, tagEnd: gt, end: gt, selfClosing: true };
      const close = xml.lastIndexOf(`</${name}`);
      const end = close < gt ? -1 : xml.indexOf(">", close);
      return end < 0 ? null : { name, start: lt, tagEnd: gt, end: end + 1, selfClosing: false };
    }
  }
}

/** The children of `parent` with the given local name. */
export function* childrenNamed(xml: string, parent: XmlElement, name: string): Generator<XmlElement> {
  const { from, to } = innerOf(xml, parent);
  for (const child of childElements(xml, from, to)) if (localName(child) === name) yield child;
}

export function firstChildNamed(xml: string, parent: XmlElement, name: string): XmlElement | null {
  for (const child of childrenNamed(xml, parent, name)) return child;
  return null;
}

/**
 * Every start tag of `xml` in document order, in one pass, however deep: `visit` gets its name, its text (for
 * `attribute` of xml-text.ts) and the element whose start tag came just before it when that is its parent (null
 * after an end tag or a self-closing tag). Comments, CDATA and the like are passed over as in `childElements`.
 */
export function scanStartTags(xml: string, visit: (name: string, tag: string, parent: string | null) => void): void {
  let previous: string | null = null;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return;
    const past = pastMarkup(xml, lt, xml.length);
    if (past >= 0) {
      i = past;
      continue;
    }
    const gt = tagEnd(xml, lt, xml.length);
    if (gt < 0) return;
    if (xml.charCodeAt(lt + 1) === 0x2f /* / */) previous = null;
    else {
      const name = tagName(xml, lt + 1, gt);
      visit(name, xml.slice(lt, gt), previous);
      previous = xml.charCodeAt(gt - 2) === 0x2f ? null : name;
    }
    i = gt;
  }
}

/** Just after the comment, CDATA section, processing instruction or declaration at `lt`; -1 if a tag starts there. */
function pastMarkup(xml: string, lt: number, to: number): number {
  if (xml.startsWith("<!--", lt)) return after(xml, "-->", lt + 4, to);
  if (xml.startsWith("<![CDATA[", lt)) return after(xml, "]]>", lt + 9, to);
  if (xml.startsWith("<?", lt)) return after(xml, "?>", lt + 2, to);
  if (xml.startsWith("<!", lt)) return after(xml, ">", lt + 2, to);
  return -1;
}

function after(xml: string, marker: string, from: number, to: number): number {
  const at = xml.indexOf(marker, from);
  return at < 0 || at >= to ? to : at + marker.length;
}

/** Just after the `>` ending the tag that starts at `lt`, skipping quoted attribute values; -1 if it never ends. */
function tagEnd(xml: string, lt: number, to: number): number {
  for (let i = lt + 1; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x3e /* > */) return i + 1;
    if (c === 0x22 || c === 0x27) {
      const close = xml.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0 || close >= to) return -1;
      i = close;
    }
  }
  return -1;
}

function tagName(xml: string, from: number, to: number): string {
  let end = from;
  for (; end < to; end++) {
    const c = xml.charCodeAt(end);
    if (c === 0x2f /* / */ || c === 0x3e /* > */ || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
  }
  return xml.slice(from, end);
}
