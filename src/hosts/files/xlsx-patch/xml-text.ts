import { spreadsheetXml } from "../../../core/xml/escape";

/** Text and attribute values escaped for SpreadsheetML: the one escaper, `spreadsheetXml`. */
export const escapeXml = spreadsheetXml;

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[e.toLowerCase()]!;
  });
}

/** An attribute of a start tag (`<c r="B5" s="3">`), unescaped; null when absent. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2]) : null;
}

/** The start tag with the attribute set (replaced where present, added before the tag's end otherwise). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/** The namespace prefix a document uses for an element (`x:` in `<x:sheetData>`), "" for the default namespace. */
export function prefixOf(xml: string, localName: string): string {
  return new RegExp(`<(\\w+:)?${localName}\\b`).exec(xml)?.[1] ?? "";
}
