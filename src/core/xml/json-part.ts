import { jsonXmlText } from "./escape";
import { unescapeXml } from "./unescape";

/**
 * The one way the add-in keeps JSON in a workbook's custom XML part (the marks record, WPS's settings): one
 * element of its own namespace whose text is the JSON.
 */
export function jsonPartXml(element: string, namespace: string, value: unknown): string {
  return `<${element} xmlns="${namespace}">${jsonXmlText(value)}</${element}>`;
}

/** The JSON of `element` in a part's XML; undefined when the element is missing or its text is no JSON. */
export function jsonPartValue(xml: string, element: string): unknown {
  const start = new RegExp(`<${element}[\\s>]`).exec(xml);
  const open = start ? xml.indexOf(">", start.index) : -1;
  const close = xml.lastIndexOf(`</${element}>`);
  if (open < 0 || close < open || xml[open - 1] === "/") return undefined;
  try {
    return JSON.parse(unescapeXml(xml.slice(open + 1, close))) as unknown;
  } catch {
    return undefined;
  }
}
