import type JSZip from "jszip";
import { AppendError } from "../../../core/tracking/register";
import { cellAddress, parseAddress } from "../../../core/table/grid";
import { dirOf, partText, relsPathOf, resolve } from "./workbook-parts";
import { tablePartIds } from "./sheet-facts";
import { firstChildNamed, rootElement, startTagOf } from "./xml-scan";
import { attribute, withAttribute } from "./xml-text";

/** Rows about to be appended to a sheet, 0-based and inclusive. */
export interface AppendArea {
  sheet: string;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Each Excel table (插入 › 表格) of the sheet that ends right above the appended rows grows over them, with its
 * filter, so the new items sort and filter with the old; one with a totals row, or one in the way, is refused.
 */
export async function extendTablesOver(zip: JSZip, sheetPath: string, sheetXml: string, area: AppendArea) {
  const ids = tablePartIds(sheetXml);
  if (ids.length === 0) return;
  const rels = (await partText(zip, relsPathOf(sheetPath))) ?? "";
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? [])
    targets.set(attribute(tag, "Id") ?? "", resolve(dirOf(sheetPath), attribute(tag, "Target") ?? ""));
  for (const id of ids) {
    const path = targets.get(id);
    const xml = path && (await partText(zip, path));
    if (!path || !xml) continue;
    const extended = extendedTable(xml, area);
    if (extended !== xml) zip.file(path, extended);
  }
}

function extendedTable(xml: string, area: AppendArea): string {
  const root = rootElement(xml);
  const ref = root && parseRange(attribute(startTagOf(xml, root), "ref") ?? "");
  if (!root || !ref || ref.right < area.firstCol || ref.left > area.lastCol || ref.bottom < area.firstRow - 1)
    return xml;
  const tag = startTagOf(xml, root);
  const name = attribute(tag, "displayName") ?? attribute(tag, "name") ?? "";
  if (ref.top <= area.lastRow && ref.bottom >= area.firstRow)
    throw new AppendError(`工作表“${area.sheet}”中 Excel 表“${name}”占着要追加的行，未追加；请先把它移开`);
  if (Number(attribute(tag, "totalsRowCount") ?? 0) > 0)
    throw new AppendError(
      `工作表“${area.sheet}”的 Excel 表“${name}”有汇总行，追加会落在汇总行下面，未追加；请先在 Excel 中取消“汇总行”再试`,
    );
  const grown = (range: Range) => rangeText({ ...range, bottom: area.lastRow });
  const filter = firstChildNamed(xml, root, "autoFilter");
  const filterRef = filter && parseRange(attribute(startTagOf(xml, filter), "ref") ?? "");
  // The filter comes after the table's start tag: changing it first leaves the start tag where it was.
  const out =
    filter && filterRef?.bottom === ref.bottom
      ? xml.slice(0, filter.start) +
        withAttribute(startTagOf(xml, filter), "ref", grown(filterRef)) +
        xml.slice(filter.tagEnd)
      : xml;
  return out.slice(0, root.start) + withAttribute(tag, "ref", grown(ref)) + out.slice(root.tagEnd);
}

function parseRange(ref: string): Range | null {
  const [from, to = from] = ref.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function rangeText(range: Range): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}
