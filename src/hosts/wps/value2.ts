import type { CellValue } from "../../core/table/grid";
import type { EtRange } from "./wps-api";

/**
 * Every read of `Range.Value2` in WPS 表格 goes through here. WPS documents Value2 as VBA does (a scalar for one cell,
 * a 2-D array for several) but not its shape in JavaScript. Kingsoft's wps-jsapi typings declare it `any`; the
 * wpsjs templates only read single cells; field notes from 加载项 developers report a block coming back as an object
 * with `Item(row, column)` (1-based, as a VBA SAFEARRAY is reached through the COM bridge), not as a JS array. So a
 * block is accepted as an array of rows, as one flat row or column, or as an object with Item(r, c); a single cell
 * as a scalar or as any of those holding one value.
 */
export function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null || v === "") return null;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

type ItemShaped = { Item(row: number, column: number): unknown };

function isItemShaped(raw: unknown): raw is ItemShaped {
  return !!raw && typeof raw === "object" && typeof (raw as Partial<ItemShaped>).Item === "function";
}

/** The value at 0-based (r, c) of whatever shape `raw` came in. */
function at(raw: unknown, r: number, c: number, rows: number, columns: number): unknown {
  if (Array.isArray(raw)) {
    const first = raw[0];
    if (Array.isArray(first)) return (raw[r] as unknown[] | undefined)?.[c];
    // One flat list: a single row, or a single column.
    if (rows === 1) return raw[c];
    if (columns === 1) return raw[r];
    return (raw as unknown[])[r * columns + c];
  }
  if (isItemShaped(raw)) return raw.Item(r + 1, c + 1);
  return r === 0 && c === 0 ? raw : undefined;
}

/** The values of a block of `rows` × `columns` cells (its size as the caller asked for it), row by row. */
export function readBlock(range: EtRange, rows: number, columns: number): CellValue[][] {
  const raw = range.Value2;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => cellValue(at(raw, r, c, rows, columns))),
  );
}

/** The value of one cell. */
export function readCell(range: EtRange): CellValue {
  return cellValue(at(range.Value2, 0, 0, 1, 1));
}
