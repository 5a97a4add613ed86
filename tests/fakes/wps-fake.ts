/**
 * A recording fake of the part of WPS's synchronous JS 加载项 object model the WPS hosts use (src/hosts/wps/wps-api.ts),
 * built from what WPS publishes, not from a running WPS:
 * - Kingsoft's TypeScript description of the API, npm wps-jsapi 1.0.5 (https://app.unpkg.com/wps-jsapi@1.0.5/files/src/index.d.ts
 *   and lib.et.d.ts, lib.wps.d.ts, lib.kso.d.ts beside it): wps.EtApplication()/WpsApplication(), Range.Value2,
 *   Interior.Color/Pattern/TintAndShade, MergeCells/MergeArea, Names.Add(Name, RefersTo, Visible), Name.RefersToRange,
 *   Workbook.CustomXMLParts (Add, SelectByNamespace, XML, Delete), Worksheet.ProtectContents/UsedRange/Visible,
 *   Range.Revisions, Revision.Type, Document.Comments.Add(Range, Text), ContentControls.Add(Type, Range),
 *   SelectContentControlsByTag, Range.InsertXML, PageSetup's margins and PaperSize; wdRevisionDelete = 2, wdPaperA4 = 7.
 * - WPS's 开发文档 (https://open.wps.cn/docs/office, the 表格/文字 API 参考 under https://qn.cache.wpscdn.cn/encs/doc/office_v19/):
 *   collections are 1-based `.Item(i)`, `Sheets.Item("名")`, `Cells.Item(row, col)`; a range of several cells gives
 *   its values as an array (XlRangeValueDataType); the object model is VBA's, with the same enum values
 *   (https://dotblogs.com.tw/SkyWorker/2018/03/14/150755: xl → et, wd → wps, the numbers unchanged).
 * - the wpsjs samples (https://app.unpkg.com/wpsjs@2.2.2/files/packages/@wps-jsapi/et/js/dialog.js): the pane's page
 *   reaches the program as window.Application / wps.EtApplication(), with ActiveWorkbook, ActiveSheet, Workbooks.
 * Semantics kept: 1-based rows and columns, Value2 a scalar for one cell and rows of values for several (Empty as
 * undefined), colours as BGR integers, no fill as Pattern xlNone (-4142), a name following its cell through inserted
 * rows and renamed sheets and failing (#REF!) once its row is deleted, Range.Text with "\r" after each paragraph and
 * deleted text still in it while tracked. What WPS really does beyond that is not known here: see docs/wps.md.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- host objects are built as getters over the fake that owns them */
import { XL_PATTERN, XL_SHEET } from "../../src/hosts/wps/wps-api";
import { cellAddress, parseAddress } from "../../src/core/table/grid";

type Key = string;
const key = (row: number, col: number): Key => `${row},${col}`;
const WHITE = 0xffffff;

interface FakeCell {
  value?: unknown;
  numberFormat: unknown;
  color: number;
  pattern: number;
  tintAndShade: number;
  font: { Name: string; Size: number; Bold: boolean };
  wrap: boolean;
}

const blankCell = (): FakeCell => ({
  numberFormat: "General",
  color: WHITE,
  pattern: XL_PATTERN.None,
  tintAndShade: 0,
  font: { Name: "宋体", Size: 11, Bold: false },
  wrap: false,
});

/** "#RRGGBB" ↔ BGR, for tests that speak in Excel's colours. */
export const bgr = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};
export const hex = (b: number) =>
  `#${(((b & 0xff) << 16) | (b & 0xff00) | ((b >> 16) & 0xff)).toString(16).toUpperCase().padStart(6, "0")}`;

export class FakeEtSheet {
  cells = new Map<Key, FakeCell>();
  /** Merged areas, 1-based and inclusive. */
  merges: { top: number; left: number; bottom: number; right: number }[] = [];
  Visible: number = XL_SHEET.Visible;
  ProtectContents = false;
  hyperlinks: { cell: string; subAddress: string; text?: string }[] = [];
  PageSetup: Record<string, unknown> = {};
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  borders = new Map<Key, Map<number, { LineStyle: number; Weight: number }>>();
  constructor(
    readonly et: FakeEt,
    public Name: string,
  ) {}

  cell(row: number, col: number): FakeCell {
    let cell = this.cells.get(key(row, col));
    if (!cell) this.cells.set(key(row, col), (cell = blankCell()));
    return cell;
  }

  get UsedRange(): FakeRange {
    let top = Infinity,
      left = Infinity,
      bottom = 1,
      right = 1;
    for (const [k, cell] of this.cells) {
      if (cell.value === undefined && cell.pattern === XL_PATTERN.None) continue;
      const [r, c] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (top === Infinity) return new FakeRange(this, 1, 1, 1, 1);
    return new FakeRange(this, top, left, bottom, right);
  }

  get Cells() {
    return { Item: (row: number, col: number) => new FakeRange(this, row, col, row, col) };
  }

  Range(cell1: string | FakeRange, cell2?: FakeRange): FakeRange {
    this.et.calls.push("Range");
    if (typeof cell1 !== "string")
      return new FakeRange(this, cell1.top, cell1.left, cell2?.bottom ?? cell1.bottom, cell2?.right ?? cell1.right);
    const [from, to = from] = cell1.split(":").map((a) => parseAddress(a));
    if (!from || !to) throw new Error(`fake WPS: no such range ${cell1}`);
    return new FakeRange(this, from.row + 1, from.col + 1, to.row + 1, to.col + 1);
  }

  get Hyperlinks() {
    return {
      Add: (anchor: FakeRange, _address: string, subAddress: string, _tip?: string, text?: string) =>
        this.hyperlinks.push({ cell: anchor.Address(false, false), subAddress, text }),
    };
  }

  Activate(): void {
    this.et.activeSheet = this;
  }

  Delete(): void {
    this.et.sheets.splice(this.et.sheets.indexOf(this), 1);
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeEtSheet,
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
  ) {}

  private *each(): Generator<[number, number]> {
    for (let r = this.top; r <= this.bottom; r++) for (let c = this.left; c <= this.right; c++) yield [r, c];
  }
  private all<T>(read: (cell: FakeCell) => T): T | null {
    const seen = [...this.each()].map(([r, c]) => read(this.sheet.cells.get(key(r, c)) ?? blankCell()));
    return seen.every((v) => v === seen[0]) ? seen[0] : null;
  }
  private setAll(write: (cell: FakeCell) => void): void {
    for (const [r, c] of this.each()) write(this.sheet.cell(r, c));
  }

  get Row() {
    return this.top;
  }
  get Column() {
    return this.left;
  }
  get Rows() {
    return { Count: this.bottom - this.top + 1 };
  }
  get Columns() {
    return { Count: this.right - this.left + 1 };
  }
  get Count() {
    return this.Rows.Count * this.Columns.Count;
  }
  get Worksheet() {
    return this.sheet;
  }

  get Value2(): unknown {
    this.sheet.et.reads++;
    const at = (r: number, c: number) => this.sheet.cells.get(key(r, c))?.value;
    if (this.Count === 1) return at(this.top, this.left);
    const rows = this.Rows.Count;
    const columns = this.Columns.Count;
    if (this.sheet.et.value2Shape === "item") {
      const { top, left } = this;
      return {
        Count: rows * columns,
        Rows: { Count: rows },
        Columns: { Count: columns },
        Item(r: number, c: number) {
          if (r < 1 || r > rows || c < 1 || c > columns) throw new Error("下标越界");
          return at(top + r - 1, left + c - 1);
        },
      };
    }
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => at(this.top + r, this.left + c)),
    );
  }
  set Value2(value: unknown) {
    const rows = value as unknown[][];
    for (const [r, c] of this.each()) {
      const v = Array.isArray(value) ? rows[r - this.top]?.[c - this.left] : value;
      const cell = this.sheet.cell(r, c);
      // WPS, like Excel, turns a typed "=…" into a formula and "010" into 10 unless the cell is formatted as text.
      if (typeof v === "string" && cell.numberFormat !== "@" && /^(=|\d+$)/.test(v))
        throw new Error(`fake WPS: "${v}" written without text format`);
      cell.value = v === "" ? undefined : v;
    }
  }

  get NumberFormat() {
    return this.all((c) => c.numberFormat);
  }
  set NumberFormat(format: unknown) {
    this.setAll((c) => (c.numberFormat = format));
  }

  get Interior() {
    const range = this;
    return {
      get Color() {
        return range.all((c) => c.color) as number;
      },
      set Color(v: number) {
        // Setting a colour gives a cell a solid fill, as in VBA.
        range.setAll((c) => {
          c.color = v;
          if (c.pattern === XL_PATTERN.None) c.pattern = XL_PATTERN.Solid;
        });
        range.sheet.et.calls.push(`Interior.Color ${range.sheet.Name}!${range.Address(false, false)}`);
      },
      get Pattern() {
        return range.all((c) => c.pattern) as number;
      },
      set Pattern(v: number) {
        range.setAll((c) => {
          c.pattern = v;
          if (v === XL_PATTERN.None) {
            c.color = WHITE;
            c.tintAndShade = 0;
          }
        });
      },
      get TintAndShade() {
        return range.all((c) => c.tintAndShade) as number;
      },
      set TintAndShade(v: number) {
        range.setAll((c) => (c.tintAndShade = v));
      },
    };
  }

  get Font() {
    const range = this;
    const prop = (name: "Name" | "Size" | "Bold") => ({
      get: () => range.all((c) => c.font[name]),
      set: (v: never) => range.setAll((c) => (c.font[name] = v)),
      enumerable: true,
    });
    return Object.defineProperties({}, { Name: prop("Name"), Size: prop("Size"), Bold: prop("Bold") }) as {
      Name: string;
      Size: number;
      Bold: boolean;
    };
  }

  get WrapText() {
    return this.all((c) => c.wrap) ?? false;
  }
  set WrapText(v: boolean) {
    this.setAll((c) => (c.wrap = v));
  }
  HorizontalAlignment = 1;
  VerticalAlignment = -4107;

  get ColumnWidth() {
    return this.sheet.columnWidths.get(this.left) ?? 8.38;
  }
  set ColumnWidth(v: number) {
    for (let c = this.left; c <= this.right; c++) this.sheet.columnWidths.set(c, v);
  }
  get RowHeight() {
    return this.sheet.rowHeights.get(this.top) ?? 13.5;
  }
  set RowHeight(v: number) {
    for (let r = this.top; r <= this.bottom; r++) this.sheet.rowHeights.set(r, v);
  }

  get Borders() {
    return {
      Item: (index: number) => {
        let edges = this.sheet.borders.get(key(this.top, this.left));
        if (!edges) this.sheet.borders.set(key(this.top, this.left), (edges = new Map()));
        if (!edges.has(index)) edges.set(index, { LineStyle: -4142, Weight: 2 });
        return edges.get(index)!;
      },
    };
  }

  private areaOf(r: number, c: number) {
    return this.sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
  get MergeCells(): boolean | null {
    this.sheet.et.mergeQueries++;
    const merged = [...this.each()].map(([r, c]) => !!this.areaOf(r, c));
    return merged.every(Boolean) ? true : merged.some(Boolean) ? null : false;
  }
  get MergeArea(): FakeRange {
    const m = this.areaOf(this.top, this.left);
    return m ? new FakeRange(this.sheet, m.top, m.left, m.bottom, m.right) : this;
  }
  Merge(): void {
    this.sheet.merges.push({ top: this.top, left: this.left, bottom: this.bottom, right: this.right });
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    const one = (r: number, c: number) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cellAddress(r - 1, c - 1))!;
      return `${columnAbsolute ? "$" : ""}${letters}${rowAbsolute ? "$" : ""}${digits}`;
    };
    const first = one(this.top, this.left);
    return this.Count === 1 ? first : `${first}:${one(this.bottom, this.right)}`;
  }

  Select(): void {
    if (this.sheet.et.activeSheet !== this.sheet) throw new Error("fake WPS: Select on a sheet that is not active");
    this.sheet.et.selected = `${this.sheet.Name}!${this.Address(false, false)}`;
  }
}

interface FakeName {
  Name: string;
  Visible: boolean;
  sheet: FakeEtSheet;
  row: number;
  col: number;
  /** Its row was deleted: the name refers to #REF!. */
  broken: boolean;
}

interface FakePart {
  XML: string;
  NamespaceURI: string;
}

/**
 * How Range.Value2 of a block comes back, which WPS does not document for JavaScript (src/hosts/wps/value2.ts):
 * "array", an array of rows as the typings' VBA origin suggests, or "item", an object with 1-based Item(r, c),
 * Count, Rows.Count and Columns.Count, as 加载项 developers' field notes report. One cell is a scalar in both.
 */
export type Value2Shape = "array" | "item";

/** WPS 表格: one workbook, its sheets, names and custom XML parts. Tests read and change it directly. */
export class FakeEt {
  /** The shape new fakes give Value2 in; a test file switches it to run the same tests under the other. */
  static defaultValue2Shape: Value2Shape = "array";
  value2Shape: Value2Shape = FakeEt.defaultValue2Shape;
  sheets: FakeEtSheet[] = [];
  names: FakeName[] = [];
  parts: FakePart[] = [];
  activeSheet: FakeEtSheet | null = null;
  selected: string | null = null;
  /** Every Range(…) call, Interior.Color write and other recorded call, in order. */
  calls: string[] = [];
  /** Value2 reads: how many round trips reading took. */
  reads = 0;
  mergeQueries = 0;
  /** No workbook open. */
  closed = false;
  /** Workbook.ProtectStructure: the workbook's structure is protected (WPS then refuses Worksheets.Add). */
  protectStructure = false;
  /** Application.Build as the program reports it (VBA's Application.Build); undefined: the member is absent. */
  build: string | undefined = undefined;
  /** Application.DisplayAlerts (VBA): whether Worksheet.Delete asks first; every value it was set to, in order. */
  displayAlerts = true;
  displayAlertsSet: boolean[] = [];
  private added = 0;

  addSheet(
    name: string,
    rows: unknown[][],
    options: { fills?: Record<string, string>; merges?: string[]; visible?: number; at?: string } = {},
  ): FakeEtSheet {
    const sheet = new FakeEtSheet(this, name);
    const origin = parseAddress(options.at ?? "A1")!;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") sheet.cell(origin.row + r + 1, origin.col + c + 1).value = v;
      }),
    );
    for (const [address, colour] of Object.entries(options.fills ?? {})) {
      const at = parseAddress(address)!;
      const cell = sheet.cell(at.row + 1, at.col + 1);
      cell.color = bgr(colour);
      cell.pattern = XL_PATTERN.Solid;
    }
    for (const area of options.merges ?? []) sheet.Range(area).Merge();
    if (options.visible !== undefined) sheet.Visible = options.visible;
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeEtSheet {
    const sheet = this.sheets.find((s) => s.Name === name);
    if (!sheet) throw new Error(`fake WPS: no sheet ${name}`);
    return sheet;
  }

  /** A cell's fill in Excel's terms: "#RRGGBB" and the pattern's name. */
  fillOf(sheet: string, address: string): { color: string; pattern: string } {
    const at = parseAddress(address)!;
    const cell = this.sheet(sheet).cells.get(key(at.row + 1, at.col + 1)) ?? blankCell();
    return {
      color: hex(cell.color),
      pattern:
        cell.pattern === XL_PATTERN.None ? "None" : cell.pattern === XL_PATTERN.Solid ? "Solid" : String(cell.pattern),
    };
  }

  valueOf(sheet: string, address: string): unknown {
    const at = parseAddress(address)!;
    return this.sheet(sheet).cells.get(key(at.row + 1, at.col + 1))?.value;
  }

  /** The user fills a cell by hand. */
  userFill(sheet: string, address: string, colour: string): void {
    const at = parseAddress(address)!;
    const cell = this.sheet(sheet).cell(at.row + 1, at.col + 1);
    cell.color = bgr(colour);
    cell.pattern = XL_PATTERN.Solid;
  }

  /** Rows inserted (count > 0) above or deleted (count < 0) from the 1-based `row`: cells, merges and names move. */
  shiftRows(sheetName: string, row: number, count: number): void {
    const sheet = this.sheet(sheetName);
    const moved = new Map<Key, FakeCell>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number);
      if (r < row) moved.set(k, cell);
      else if (count > 0) moved.set(key(r + count, c), cell);
      else if (r >= row - count) moved.set(key(r + count, c), cell);
    }
    sheet.cells = moved;
    for (const name of this.names) {
      if (name.sheet !== sheet || name.row < row) continue;
      if (count < 0 && name.row < row - count) name.broken = true;
      else name.row += count;
    }
  }

  get application() {
    const et = this;
    const sheets = {
      get Count() {
        return et.sheets.length;
      },
      Item(index: number | string) {
        const sheet = typeof index === "number" ? et.sheets[index - 1] : et.sheets.find((s) => s.Name === index);
        if (!sheet) throw new Error("下标越界");
        return sheet;
      },
      Add(before?: FakeEtSheet | null, after?: FakeEtSheet | null) {
        if (et.protectStructure) throw new Error("工作簿受保护");
        const sheet = new FakeEtSheet(et, `Sheet${++et.added + et.sheets.length}`);
        const at = before ? et.sheets.indexOf(before) : after ? et.sheets.indexOf(after) + 1 : 0;
        et.sheets.splice(at, 0, sheet);
        et.activeSheet = sheet;
        et.calls.push(`Worksheets.Add ${sheet.Name}`);
        return sheet;
      },
    };
    const names = {
      get Count() {
        return et.names.length;
      },
      Item(index: number | string) {
        const name = typeof index === "number" ? et.names[index - 1] : et.names.find((n) => n.Name === index);
        if (!name) throw new Error("下标越界");
        return {
          Name: name.Name,
          Visible: name.Visible,
          get RefersToRange() {
            if (name.broken) throw new Error("#REF!");
            return new FakeRange(name.sheet, name.row, name.col, name.row, name.col);
          },
          Delete: () => et.names.splice(et.names.indexOf(name), 1),
        };
      },
      Add(nameText: string, refersTo: string, visible = true) {
        const match = /^='((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)$/.exec(refersTo);
        if (!match) throw new Error(`fake WPS: RefersTo ${refersTo} not understood`);
        const at = parseAddress(`${match[2]}${match[3]}`)!;
        const sheet = et.sheet(match[1].replace(/''/g, "'"));
        et.names = et.names.filter((n) => n.Name !== nameText);
        et.names.push({ Name: nameText, Visible: visible, sheet, row: at.row + 1, col: at.col + 1, broken: false });
        et.calls.push(`Names.Add ${nameText}`);
      },
    };
    const partsOf = (list: () => FakePart[]) => ({
      get Count() {
        return list().length;
      },
      Item(index: number) {
        const part = list()[index - 1];
        if (!part) throw new Error("下标越界");
        return {
          XML: part.XML,
          NamespaceURI: part.NamespaceURI,
          Delete: () => et.parts.splice(et.parts.indexOf(part), 1),
        };
      },
      Add(xml: string) {
        const part = { XML: xml, NamespaceURI: /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "" };
        et.parts.push(part);
        et.calls.push(`CustomXMLParts.Add ${part.NamespaceURI}`);
      },
      SelectByNamespace(ns: string) {
        return partsOf(() => et.parts.filter((p) => p.NamespaceURI === ns));
      },
    });
    const workbook = {
      Worksheets: sheets,
      get ActiveSheet() {
        return et.activeSheet;
      },
      Names: names,
      CustomXMLParts: partsOf(() => et.parts),
      get ProtectStructure() {
        return et.protectStructure;
      },
    };
    return {
      ...(et.build === undefined ? {} : { Build: et.build }),
      get DisplayAlerts() {
        return et.displayAlerts;
      },
      set DisplayAlerts(value: boolean) {
        et.displayAlerts = value;
        et.displayAlertsSet.push(value);
      },
      Workbooks: {
        get Count() {
          return et.closed ? 0 : 1;
        },
      },
      get ActiveWorkbook() {
        return et.closed ? null : workbook;
      },
    };
  }
}

/* ---------------- 文字 ---------------- */

interface FakeControl {
  Tag: string;
  Title: string;
  start: number;
  end: number;
}

/**
 * WPS 文字: one document as its story text (each paragraph followed by "\r"), tracked deletions as character ranges
 * still in that text, comments, content controls, the selection and the page setup.
 */
export class FakeWpsWriter {
  text: string;
  deletions: { start: number; end: number }[] = [];
  comments: { text: string; comment: string }[] = [];
  controls: FakeControl[] = [];
  /** What Range.InsertXML was given, in order. */
  insertedXml: string[] = [];
  selection = { start: 0, end: 0 };
  PageSetup = {
    PaperSize: 9,
    PageWidth: 612,
    PageHeight: 792,
    TopMargin: 72,
    BottomMargin: 72,
    LeftMargin: 90,
    RightMargin: 90,
  };
  /** An older WPS without Range.InsertXML. */
  noInsertXml = false;
  calls: string[] = [];

  constructor(paragraphs: string[]) {
    this.text = paragraphs.map((p) => `${p}\r`).join("");
  }

  /** The paragraphs as the user sees them with deletions accepted. */
  get paragraphs(): string[] {
    let shown = "";
    for (let i = 0; i < this.text.length; i++)
      if (!this.deletions.some((d) => i >= d.start && i < d.end)) shown += this.text[i];
    return shown.split("\r").slice(0, -1);
  }

  /** Marks `text`, found in paragraph `paragraph`, as deleted under track changes (it stays in the story). */
  trackDeletion(paragraph: number, text: string): void {
    const { start } = this.paragraphRanges()[paragraph];
    const at = this.text.indexOf(text, start);
    this.deletions.push({ start: at, end: at + text.length });
  }

  select(start: number, end = start): void {
    this.selection = { start, end };
  }

  get selectedText(): string {
    return this.text.slice(this.selection.start, this.selection.end);
  }

  paragraphRanges(): { start: number; end: number }[] {
    const ranges: { start: number; end: number }[] = [];
    let start = 0;
    for (let i = 0; i < this.text.length; i++)
      if (this.text[i] === "\r") {
        ranges.push({ start, end: i + 1 });
        start = i + 1;
      }
    return ranges;
  }

  replace(start: number, end: number, text: string): void {
    const delta = text.length - (end - start);
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    const shift = (n: number) => (n >= end ? n + delta : n);
    this.deletions = this.deletions
      .filter((d) => d.end <= start || d.start >= end)
      .map((d) => ({ start: shift(d.start), end: shift(d.end) }));
    for (const c of this.controls) {
      if (c.start <= start && c.end >= end) c.end += delta;
      else {
        c.start = shift(c.start);
        c.end = shift(c.end);
      }
    }
  }

  range(start: number, end: number): FakeWpsRange {
    return new FakeWpsRange(this, start, end);
  }

  /** Range.InsertXML: the flat OPC's paragraphs (their w:t text) in place of the range. */
  insertXml(range: FakeWpsRange, xml: string): void {
    this.insertedXml.push(xml);
    const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    );
    const inserted = texts.map((t) => `${t}\r`).join("");
    this.replace(range.Start, range.End, inserted);
    range.End = range.Start + inserted.length;
  }

  get application() {
    const doc = this;
    const controlsOf = (list: () => FakeControl[]) => ({
      get Count() {
        return list().length;
      },
      Item(i: number) {
        const c = list()[i - 1];
        return {
          get Tag() {
            return c.Tag;
          },
          set Tag(v: string) {
            c.Tag = v;
          },
          get Title() {
            return c.Title;
          },
          set Title(v: string) {
            c.Title = v;
          },
          get Range() {
            return doc.range(c.start, c.end);
          },
          /** ContentControl.Delete(DeleteContents), as in Word's VBA: the control goes, its text too when asked. */
          Delete(deleteContents = false) {
            doc.controls.splice(doc.controls.indexOf(c), 1);
            if (deleteContents) doc.replace(c.start, c.end, "");
            doc.calls.push(`ContentControl.Delete ${c.Tag}`);
          },
        };
      },
      Add(_type: number, range: { Start: number; End: number }) {
        doc.controls.push({ Tag: "", Title: "", start: range.Start, end: range.End });
        return controlsOf(() => doc.controls).Item(doc.controls.length);
      },
    });
    const document = {
      get Paragraphs() {
        const ranges = doc.paragraphRanges();
        return {
          Count: ranges.length,
          Item: (i: number) => ({ Range: doc.range(ranges[i - 1].start, ranges[i - 1].end) }),
        };
      },
      get Revisions() {
        return doc.range(0, doc.text.length).Revisions;
      },
      Comments: {
        get Count() {
          return doc.comments.length;
        },
        /** Comments.Add returns the Comment, which Delete() removes (Word's VBA Comment.Delete). */
        Add(range: { Text: string }, text: string) {
          const comment = { text: range.Text, comment: text };
          doc.comments.push(comment);
          return { Delete: () => void doc.comments.splice(doc.comments.indexOf(comment), 1) };
        },
      },
      get ContentControls() {
        return controlsOf(() => doc.controls);
      },
      SelectContentControlsByTag(tag: string) {
        return controlsOf(() => doc.controls.filter((c) => c.Tag === tag));
      },
      Range: (start: number, end: number) => doc.range(start, end),
      get Content() {
        return doc.range(0, doc.text.length);
      },
      PageSetup: doc.PageSetup,
    };
    return {
      Documents: { Count: 1 },
      ActiveDocument: document,
      get Selection() {
        return {
          Start: doc.selection.start,
          End: doc.selection.end,
          // A bare cursor's Text is the character after it, as in Word.
          Text: doc.text.slice(doc.selection.start, Math.max(doc.selection.end, doc.selection.start + 1)),
          Range: doc.range(doc.selection.start, doc.selection.end),
        };
      },
    };
  }
}

export class FakeWpsRange {
  InsertXML?: (xml: string) => void;
  constructor(
    readonly doc: FakeWpsWriter,
    public Start: number,
    public End: number,
  ) {
    if (!doc.noInsertXml) this.InsertXML = (xml) => doc.insertXml(this, xml);
  }
  get Text(): string {
    return this.doc.text.slice(this.Start, this.End);
  }
  /** Range.WordOpenXML: the range's paragraphs as a flat OPC that InsertXML reads back to the same text. */
  get WordOpenXML(): string | undefined {
    if (this.doc.noInsertXml) return undefined;
    const paragraphs = this.Text.split("\r").slice(0, -1);
    const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join("");
    return `<pkg:package><w:document><w:body>${body}</w:body></w:document></pkg:package>`;
  }
  set Text(value: string) {
    this.doc.calls.push(`Text=${value}`);
    this.doc.replace(this.Start, this.End, value);
    this.End = this.Start + value.length;
  }
  get Revisions(): { Count: number; Item(i: number): { Type: number; Range: FakeWpsRange } } {
    const inside = this.doc.deletions.filter((d) => d.start >= this.Start && d.end <= this.End);
    return {
      Count: inside.length,
      Item: (i: number) => ({ Type: 2, Range: this.doc.range(inside[i - 1].start, inside[i - 1].end) }),
    };
  }
  Select(): void {
    this.doc.selection = { start: this.Start, end: this.End };
  }
}

/* ---------------- the add-in API and the page's globals ---------------- */

export interface FakeTaskPane {
  ID: number;
  Visible: boolean;
  DockPosition?: number;
  url: string;
}

/**
 * WPS's add-in API as Kingsoft's wps-jsapi index.d.ts declares it: CreateTaskPane(url, title?) → a CustomTaskpane
 * with a numeric ID, Visible and DockPosition; GetTaskPane(id); PluginStorage's getItem/setItem (values kept as
 * strings, getItem answering null for a missing key, as Web Storage does).
 */
export class FakeWpsAddinApi {
  panes: FakeTaskPane[] = [];
  storage = new Map<string, string>();
  get members() {
    const api = this;
    return {
      CreateTaskPane(url: string): FakeTaskPane {
        const pane = { ID: api.panes.length + 1, Visible: false, url };
        api.panes.push(pane);
        return pane;
      },
      GetTaskPane: (id: number | string) => api.panes.find((pane) => String(pane.ID) === String(id)) ?? null,
      PluginStorage: {
        getItem: (key: string) => api.storage.get(key) ?? null,
        setItem: (key: string, value: unknown) => void api.storage.set(key, String(value)),
      },
    };
  }
}

/**
 * Where a WPS build puts its object model and add-in API for a page (src/hosts/wps/detect.ts has the sources):
 * "wps" as Kingsoft's typings (a global `wps` with EtApplication()/WpsApplication() and the add-in API), or
 * "Application" as the current wpsjs templates (only `window.Application`, the add-in API on it).
 */
export type WpsConvention = "wps" | "Application";

export function wpsGlobals(
  kind: "et" | "wps",
  application: object,
  convention: WpsConvention,
  api = new FakeWpsAddinApi(),
): { wps?: object; Application?: object } {
  if (convention === "Application")
    return { Application: Object.defineProperties(application, Object.getOwnPropertyDescriptors(api.members)) };
  const program = kind === "et" ? { EtApplication: () => application } : { WpsApplication: () => application };
  return { wps: { ...program, ...api.members } };
}
