import { spreadsheetXml } from "../../../core/xml/escape";
import { unescapeXml } from "../../../core/xml/unescape";

export { unescapeXml };

/** Text and attribute values escaped for SpreadsheetML: the one escaper, `spreadsheetXml`. */
export const escapeXml = spreadsheetXml;

interface AttributeSpan {
  /** Where ` name="value"` starts (its leading space) and ends (after the closing quote). */
  start: number;
  end: number;
  value: string;
}

const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r";

/**
 * The attribute `name` of a start tag, found by walking its attributes once (a regular expression would also
 * match `name=` inside another attribute's value, and some take quadratic time on a tag of many spaces).
 */
function findAttribute(tag: string, name: string): AttributeSpan | null {
  let at = 1;
  while (at < tag.length && !isSpace(tag[at]) && tag[at] !== ">" && tag[at] !== "/") at++; // the element's name
  while (at < tag.length) {
    const start = at;
    while (at < tag.length && isSpace(tag[at])) at++;
    const nameStart = at;
    while (at < tag.length && !isSpace(tag[at]) && tag[at] !== "=" && tag[at] !== ">" && tag[at] !== "/") at++;
    if (at === nameStart) return null; // the tag's end, or something that is no attribute
    const attributeName = tag.slice(nameStart, at);
    while (at < tag.length && isSpace(tag[at])) at++;
    if (tag[at] !== "=") return null;
    at++;
    while (at < tag.length && isSpace(tag[at])) at++;
    const quote = tag[at];
    if (quote !== '"' && quote !== "'") return null;
    const close = tag.indexOf(quote, at + 1);
    if (close < 0) return null;
    if (attributeName === name && start < nameStart) return { start, end: close + 1, value: tag.slice(at + 1, close) };
    at = close + 1;
  }
  return null;
}

/** An attribute of a start tag (`<c r="B5" s="3">`), unescaped; null when absent. */
export function attribute(tag: string, name: string): string | null {
  const found = findAttribute(tag, name);
  return found ? unescapeXml(found.value) : null;
}

/** The start tag with the attribute set (replaced where present, added before the tag's end otherwise). */
export function withAttribute(tag: string, name: string, value: string): string {
  const set = ` ${name}="${escapeXml(value)}"`;
  const found = findAttribute(tag, name);
  if (found) return tag.slice(0, found.start) + set + tag.slice(found.end);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.endsWith(">") ? tag.length - 1 : tag.length;
  let before = end;
  while (before > 0 && isSpace(tag[before - 1])) before--;
  return tag.slice(0, before) + set + tag.slice(end);
}

/** The namespace prefix a document uses for an element (`x:` in `<x:sheetData>`), "" for the default namespace. */
export function prefixOf(xml: string, localName: string): string {
  return new RegExp(`<(\\w+:)?${localName}\\b`).exec(xml)?.[1] ?? "";
}
