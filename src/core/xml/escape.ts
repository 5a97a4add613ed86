/**
 * The one XML escaper of every writer: the report sheet, the cells `track` appends, the 座次图, the 桌签 and the
 * drafts all put user text into XML through these functions.
 *
 * Besides & < > " ', user text can hold characters XML 1.0 forbids (U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F, U+FFFE, U+FFFF, lone surrogates): Word's soft line break U+000B pasted into minutes, or a name
 * Excel stored as `_x000B_`. Written raw they make the whole file unreadable, so:
 * - SpreadsheetML keeps them, as Excel does, in its own escape `_xHHHH_` (ST_Xstring), which Excel and SheetJS
 *   read back as the character; a literal `_xHHHH_` in the text is itself escaped as `_x005F_xHHHH_`.
 * - WordprocessingML has no such escape: they are dropped, except U+000B, which becomes a space (a run writer
 *   that can turns it into `<w:br/>` first, see `wordRunParts`).
 * Tab, line feed and carriage return are written as references, so that they read back unchanged in an attribute
 * too (a parser turns a raw one there into a space, and any raw CR into LF).
 */

/** One character XML 1.0 forbids; under the u flag a lone surrogate is a character of its own. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const FORBIDDEN_OR_ESCAPE_LOOKALIKE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|_(?=x[0-9A-Fa-f]{4}_)/gu;
const MARKUP = /[&<>"'\t\n\r]/g;
const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const markup = (text: string) => text.replace(MARKUP, (ch) => REFERENCES[ch]);
const excelEscape = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/** Text or an attribute value in SpreadsheetML: forbidden characters as `_xHHHH_`, a literal `_xHHHH_` kept. */
export function spreadsheetXml(text: string): string {
  return markup(spreadsheetCharacters(text));
}

/**
 * The text in Excel's own escapes, not yet in XML's: for a writer that does the XML escaping itself (SheetJS
 * escapes & < > but writes a lone surrogate as U+FFFD and a literal `_x000B_` as it is, which Excel then reads
 * as U+000B). The `_` that starts a literal `_xHHHH_` becomes `_x005F_`, so Excel reads the text back as written.
 */
export function spreadsheetCharacters(text: string): string {
  return text.replace(FORBIDDEN_OR_ESCAPE_LOOKALIKE, excelEscape);
}

/** Text or an attribute value in WordprocessingML (and VML): forbidden characters dropped, U+000B a space. */
export function wordXml(text: string): string {
  return markup(dropForbidden(text));
}

/** The text with the characters XML forbids dropped and Word's soft line break U+000B made a space. */
export function dropForbidden(text: string): string {
  return text.replace(FORBIDDEN, (ch) => (ch === "\u000B" ? " " : ""));
}

/**
 * A run's text cut where Word's soft line break (U+000B) and tabs are, so a run writer can put `<w:br/>` and
 * `<w:tab/>` between the parts: ["a", "\v", "b", "\t", "c"] for "a\vb\tc".
 */
export function wordRunParts(text: string): string[] {
  return text.split(/([\t\v])/).filter((part) => part !== "");
}

/**
 * A JSON value as the text of an XML element (the add-in's custom XML parts), read back exactly by JSON.parse
 * once XML's references are resolved. A character XML forbids can only stand inside a JSON string, where it
 * becomes JSON's own \uXXXX: JSON.stringify does so for controls and lone surrogates, not for U+FFFE and U+FFFF.
 * Only & < > are referenced, as the readers of parts written before this function expect.
 */
export function jsonXmlText(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  return json
    .replace(FORBIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/[&<>]/g, (ch) => REFERENCES[ch]);
}
