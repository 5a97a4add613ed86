/** Excel's longest sheet name, in UTF-16 code units (a character outside the BMP counts two). */
export const SHEET_NAME_MAX = 31;

/** Characters Excel refuses in a sheet name, those XML cannot hold (controls), and halves of a broken pair. */
const FORBIDDEN = new RegExp(
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  "[:\\\\/?*[\\]\\u0000-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "g",
);

/**
 * A name Excel accepts for a sheet, made from `wanted` (a file's name, say): forbidden characters become `_`, no
 * apostrophe at either end, at most 31 UTF-16 units without splitting a character, never empty or the reserved
 * `History`, and unlike every name in `taken` as Excel compares them (case-insensitively): `名单 (2)`, `名单 (3)` …
 */
export function validSheetName(wanted: string, taken: Iterable<string> = []): string {
  let base = wanted.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "");
  if (base.trim() === "") base = "Sheet";
  if (base.toUpperCase() === "HISTORY") base = `${base}_`;
  const used = new Set([...taken].map((name) => name.toUpperCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = withoutTrailingApostrophe(cut(base, SHEET_NAME_MAX - suffix.length)) + suffix;
    if (!used.has(name.toUpperCase()) && name.toUpperCase() !== "HISTORY") return name;
  }
}

/** Each name made valid and told apart from the ones before it; names already valid and distinct stay as they are. */
export function validSheetNames(wanted: readonly string[]): string[] {
  const names: string[] = [];
  for (const name of wanted) names.push(validSheetName(name, names));
  return names;
}

/** The first `max` UTF-16 units of `text`, one fewer where the cut would fall inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function withoutTrailingApostrophe(text: string): string {
  const trimmed = text.replace(/'+$/, "");
  return trimmed === "" ? "Sheet" : trimmed;
}
