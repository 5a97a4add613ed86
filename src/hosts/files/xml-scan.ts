import { unescapeXml } from "../../core/xml/unescape";
/**
 * XML start tags found in one pass, without regular expressions: a reader's regular expression over a whole
 * part can backtrack for minutes on a crafted 20 KB file. Comments, CDATA, declarations and end tags are
 * passed over; a quoted attribute value may hold ">".
 */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
}

/** Calls `visit` with each start tag's name; `attributes` reads the tag's attributes only when asked. */
export function scanStartTags(
  xml: string,
  visit: (name: string, attributes: () => Map<string, string>, previous: string | null) => void,
): void {
  let previous: string | null = null;
  let at = xml.indexOf("<");
  while (at >= 0 && at < xml.length) {
    const next = xml.charCodeAt(at + 1);
    if (xml.startsWith("<!--", at)) at = after(xml, "-->", at);
    else if (xml.startsWith("<![CDATA[", at)) at = after(xml, "]]>", at);
    else if (next === 0x3f /* ? */) at = after(xml, "?>", at);
    else if (next === 0x2f /* / */ || next === 0x21 /* ! */) {
      previous = null;
      at = after(xml, ">", at);
    } else {
      const end = tagEnd(xml, at);
      if (end < 0) return;
      const tag = xml.slice(at + 1, end);
      const name = tag.slice(0, nameLength(tag));
      visit(name, () => attributesOf(tag), previous);
      previous = xml.charCodeAt(end - 1) === 0x2f ? null : name;
      at = end + 1;
    }
    at = at < 0 ? -1 : xml.indexOf("<", at);
  }
}

function after(xml: string, closing: string, from: number): number {
  const end = xml.indexOf(closing, from);
  return end < 0 ? -1 : end + closing.length;
}

/** The ">" that ends the tag starting at `from`, outside quoted values; -1 when the text ends first. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x22 || ch === 0x27) quote = ch;
    else if (ch === 0x3e) return i;
  }
  return -1;
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

function nameLength(tag: string): number {
  let i = 0;
  while (i < tag.length && !isSpace(tag.charCodeAt(i)) && tag[i] !== "/" && tag[i] !== ">") i++;
  return i;
}

/** `name="value"` pairs of a tag's text (without its angle brackets), values unescaped. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let i = nameLength(tag);
  while (i < tag.length) {
    while (i < tag.length && (isSpace(tag.charCodeAt(i)) || tag[i] === "/")) i++;
    const nameStart = i;
    while (i < tag.length && tag[i] !== "=" && !isSpace(tag.charCodeAt(i))) i++;
    const name = tag.slice(nameStart, i);
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    if (tag[i] !== "=") {
      if (name === "") break;
      continue;
    }
    i++;
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") break;
    const end = tag.indexOf(quote, i + 1);
    if (end < 0) break;
    if (!attributes.has(name)) attributes.set(name, unescapeXml(tag.slice(i + 1, end)));
    i = end + 1;
  }
  return attributes;
}
