import { DOMParser } from "@xmldom/xmldom";

/** Characters XML 1.0 allows (the Char production); a lone surrogate does not match under the u flag. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const CHARACTER_REFERENCE = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;

const allowed = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/**
 * Why an XML text is not well-formed, or null when it is. xmldom checks the structure but lets forbidden
 * characters through, raw or as references, which Excel and Word refuse: those are checked here.
 */
export function xmlProblem(xml: string): string | null {
  const raw = NOT_XML_CHAR.exec(xml);
  if (raw) return `raw U+${raw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at ${raw.index}`;
  for (const match of xml.matchAll(CHARACTER_REFERENCE)) {
    const code = match[1] !== undefined ? parseInt(match[1], 16) : Number(match[2]);
    if (!allowed(code)) return `reference ${match[0]} to a character XML forbids`;
  }
  try {
    new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    return (error as Error).message.split("\n")[0];
  }
  return null;
}

/** Parses XML that must be well-formed (a writer's output); throws naming the problem otherwise. */
export function parseWellFormed(xml: string): Document {
  const problem = xmlProblem(xml);
  if (problem) throw new Error(`not well-formed XML: ${problem}`);
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
}
