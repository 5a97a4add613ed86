import { cellAddress, parseAddress } from "../../src/core/table/grid";

/**
 * A small fake of the Excel object model the adapter uses: worksheets, used range, ranges by address and
 * index, getRanges, fills, cell properties, protection, hyperlinks, and what a 座次图 sets up (merges, fonts,
 * borders, row heights, column widths, page layout). Loaded values show only after `context.sync()`, as they
 * were when the load ran: a load queued before a write in the same batch reads the cell before the write; a load
 * queued after one is not modelled and fails loudly. Every sync and the bytes each one carries are recorded, so tests can assert round trips,
 * payload sizes and that nothing but what the user asked for was written.
 */
export interface Fill {
  color: string;
  pattern: string;
  tintAndShade: number;
}
export interface FakeSheet {
  /** Excel's worksheet id: it stays when the sheet is renamed. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  values: Map<string, unknown>;
  fills: Map<string, Fill>;
  links: Map<string, string>;
  /** Number formats set on cells ("@" is text). */
  formats: Map<string, string>;
  /** What the report set up for printing and viewing, as the host asked for it. */
  layout?: {
    frozenRows?: number;
    printTitleRows?: string;
    orientation?: string;
    paperSize?: string;
    centerHorizontally?: boolean;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  };
  /** Merged areas, 0-based and inclusive. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Fonts set on cells. */
  fonts: Map<string, { name?: string; size?: number; bold?: boolean }>;
  /** The edges of each cell that have a (continuous) border. */
  borders: Map<string, Set<"top" | "bottom" | "left" | "right">>;
  /** Row heights and column widths set, in points, by 0-based index. */
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
}

function newSheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: "Visible",
    protected: false,
    values: new Map(),
    fills: new Map(),
    links: new Map(),
    formats: new Map(),
    merges: [],
    fonts: new Map(),
    borders: new Map(),
    rowHeights: new Map(),
    columnWidths: new Map(),
  };
}

const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None", tintAndShade: 0 };
const key = (r: number, c: number) => `${r},${c}`;

function bounds(address: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const p = parseAddress(a)!;
  const q = parseAddress(b ?? a)!;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** A workbook name: what it refers to follows the cells as rows come and go; null once they are deleted (#REF!). */
interface FakeName {
  sheet: FakeSheet;
  ref: { top: number; left: number; bottom: number; right: number } | null;
  visible: boolean;
}

let sheetIds = 0;

const encoder = new TextEncoder();

/**
 * Bytes one entry adds to a request, as office.js serialises a batch for Excel: a JSON message of "Actions" (Id,
 * ActionType, Name, ObjectPathId, ArgumentInfo.Arguments) and "ObjectPaths" (Id, ObjectPathType, Name,
 * ParentObjectPathId, ArgumentInfo), sent as UTF-8. Microsoft's account of the limit: "The request payload size is a
 * combination of the number of API calls, the number of objects, such as Range objects, and the length of the value
 * to set or get" (learn.microsoft.com/office/dev/scripts/testing/platform-limits, the 5 MB of Excel on the web that
 * add-ins meet too: learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export function requestEntryBytes(id: number, kind: "action" | "path", name: string, args: unknown[]): number {
  const entry =
    kind === "action"
      ? { Id: id, ActionType: 3, Name: name, ObjectPathId: id - 1, ArgumentInfo: { Arguments: args } }
      : { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: id - 1, ArgumentInfo: { Arguments: args } };
  const json = kind === "path" ? `"${id}":${JSON.stringify(entry)},` : `${JSON.stringify(entry)},`;
  return encoder.encode(json).length;
}

/**
 * What Range.text shows for a value: a serial date under a date format as y/m/d (serial 1 = 1900-01-01, Excel's
 * 1900 leap-year bug left out: dates after 1900-02-28), anything else as its string.
 */
function displayText(value: unknown, format: string): string {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "number" && /y/i.test(format) && format !== "@") {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
  }
  return String(value);
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names = new Map<string, FakeName>();
  /** Custom XML parts of the workbook: kept in the file, invisible in the grid. */
  xmlParts: { id: string; namespace: string; xml: string }[] = [];
  active = 0;
  syncs = 0;
  /** Milliseconds each sync waits, as a round trip to Excel on the web does (about 80 ms); 0 in tests. */
  syncLatencyMs = 0;
  /** Bytes carried by each sync: the request (every action and object path, requestEntryBytes) plus the values read. */
  requestBytes: number[] = [];
  /** Bytes of each sync's request alone, as Excel on the web measures it against its 5 MB. */
  requests: number[] = [];
  selected: string | null = null;
  /** The sheet of every range whose values a sync returned (Range.load("values")), in order. */
  valueReads: string[] = [];
  /** Every cell value write, as `sheet!A1`. */
  writes: string[] = [];
  /** Text cells Excel would have turned into a formula or a number: written as values into a cell not formatted as text. */
  retyped: string[] = [];
  /** Office.context.document.settings of the workbook: what was saved survives closing the pane. */
  settings = new Map<string, unknown>();
  private unsavedSettings: Map<string, unknown> | null = null;
  documentSettings = () => ({
    get: (name: string) => (this.unsavedSettings ?? this.settings).get(name) ?? null,
    set: (name: string, value: unknown) => {
      this.unsavedSettings ??= new Map(this.settings);
      this.unsavedSettings.set(name, JSON.parse(JSON.stringify(value)));
    },
    remove: (name: string) => {
      this.unsavedSettings ??= new Map(this.settings);
      this.unsavedSettings.delete(name);
    },
    saveAsync: (callback: (result: { status: string }) => void) => {
      if (this.unsavedSettings) this.settings = this.unsavedSettings;
      this.unsavedSettings = null;
      setTimeout(() => callback({ status: "succeeded" }), 0);
    },
  });
  /**
   * Like Excel on the web, a sync whose request or response is larger than this fails with
   * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded and changes nothing (Excel's error codes:
   * "This error only occurs in Excel on the web"; the limit: 5 MB, resource-limits-and-performance-optimization).
   */
  payloadLimit = 5 * 1024 * 1024;
  /**
   * Excel on the web reads at most five million cells in one get ("Resource limits and performance optimization for
   * Office Add-ins": Excel add-ins; "Read or write to a large range": run separate reads for smaller subsets). A sync
   * that loads a range of more cells fails and returns nothing.
   */
  readCellLimit = 5_000_000;
  /** Hiding a name is silently ignored, as office-js#3878 and #3949 report of NamedItem.visible = false. */
  namesIgnoreHiding = false;
  /**
   * A test's refusal: the sync that carries an action of this name (office.js's action names, as `act` records them:
   * "Add", "Color", "SetCellProperties"…) fails with this error and changes nothing, as a refused request does.
   */
  refuseAction: { action: string; code: string; message: string } | null = null;
  /** Workbook.protection.protected: the workbook's structure is protected, so no sheet can be added. */
  workbookProtected = false;

  addSheet(
    name: string,
    rows: unknown[][],
    options: { protected?: boolean; visibility?: FakeSheet["visibility"]; fills?: Record<string, Partial<Fill>> } = {},
  ): FakeSheet {
    const sheet: FakeSheet = {
      ...newSheet(`{sheet-${++sheetIds}}`, name),
      visibility: options.visibility ?? "Visible",
      protected: options.protected ?? false,
    };
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && v !== "" && sheet.values.set(key(r, c), v)),
    );
    for (const [address, fill] of Object.entries(options.fills ?? {})) {
      const at = parseAddress(address)!;
      sheet.fills.set(key(at.row, at.col), { ...NO_FILL, ...fill });
    }
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    return this.sheets.find((s) => s.name === name)!;
  }

  fillOf(sheet: string, address: string): Fill {
    const at = parseAddress(address)!;
    return this.sheet(sheet).fills.get(key(at.row, at.col)) ?? NO_FILL;
  }

  /** What the user does by hand between marking and clearing. */
  userFill(sheet: string, address: string, fill: Partial<Fill>): void {
    const at = parseAddress(address)!;
    this.sheet(sheet).fills.set(key(at.row, at.col), { ...NO_FILL, ...fill });
  }

  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** Inserts `count` empty rows before 0-based row `at` (negative `count` deletes rows from `at`), as Excel does. */
  shiftRows(sheetName: string, at: number, count: number): void {
    const sheet = this.sheet(sheetName);
    const move = <T>(map: Map<string, T>) => {
      const moved = new Map<string, T>();
      for (const [k, v] of map) {
        const [r, c] = k.split(",").map(Number);
        if (r < at) moved.set(k, v);
        else if (count > 0 || r >= at - count) moved.set(key(r + count, c), v);
      }
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    };
    move(sheet.values);
    move(sheet.fills);
    move(sheet.links);
    move(sheet.formats);
    for (const name of this.names.values()) {
      if (name.sheet !== sheet || !name.ref) continue;
      const { top, bottom } = name.ref;
      if (count < 0 && top >= at && bottom < at - count) name.ref = null;
      else if (top >= at) name.ref = { ...name.ref, top: top + count, bottom: bottom + count };
    }
  }

  valueOf(sheet: string, address: string): unknown {
    const at = parseAddress(address)!;
    return this.sheet(sheet).values.get(key(at.row, at.col)) ?? "";
  }

  run = async <T>(batch: (context: never) => Promise<T>): Promise<T> => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below close over their workbook
    const excel = this;
    let pendingLoads: (() => number)[] = [];
    let pendingBytes = 0;
    let afterSync: (() => void)[] = [];
    let ids = 0;
    let refused: { code: string; message: string } | null = null;
    /** Queues an action (a method call or a property set) as office.js's request carries it, and its effect. */
    const act = (name: string, args: unknown[], effect?: () => void) => {
      pendingBytes += requestEntryBytes(++ids, "action", name, args);
      if (excel.refuseAction?.action === name) refused = excel.refuseAction;
      if (effect) afterSync.push(effect);
    };
    /** Counts an object path (getItem, getRange, format, fill…): its entry and the action that instantiates it. */
    const path = (name: string, args: unknown[] = []) => {
      pendingBytes += requestEntryBytes(++ids, "path", name, args) + requestEntryBytes(++ids, "action", "", []);
    };

    const range = (sheet: FakeSheet, top: number, left: number, bottom: number, right: number) => {
      path("GetRange", [
        cellAddress(top, left) + (bottom > top || right > left ? `:${cellAddress(bottom, right)}` : ""),
      ]);
      let loaded: unknown[][] | null = null;
      let loadedText: string[][] | null = null;
      let loadedFormats: string[][] | null = null;
      const r = {
        _fake: { sheet, top, left, bottom, right },
        isNullObject: false,
        rowIndex: top,
        columnIndex: left,
        rowCount: bottom - top + 1,
        columnCount: right - left + 1,
        load: (props?: string) => {
          const wantsValues = props === undefined || props.includes("values");
          if (wantsValues && afterSync.length > 0)
            throw new Error("fake Excel: a load queued after a write in the same batch is not modelled");
          act("", [props ?? ""]);
          const cells = (bottom - top + 1) * (right - left + 1);
          const readsCells = wantsValues || /text|numberFormat/.test(props ?? "");
          if (readsCells && cells > excel.readCellLimit && !refused)
            refused = {
              code: "ResponsePayloadSizeLimitExceeded",
              message: `fake Excel: a read of ${cells} cells is over the ${excel.readCellLimit} cells Excel on the web allows`,
            };
          pendingLoads.push(() => {
            if (wantsValues) excel.valueReads.push(sheet.name);
            loaded = read();
            loadedFormats = rows().map((i) => cols().map((j) => sheet.formats.get(key(i, j)) ?? "General"));
            loadedText = loaded.map((row, i) => row.map((v, j) => displayText(v, loadedFormats![i][j])));
            const texts = props?.includes("text") ? JSON.stringify(loadedText).length : 0;
            const formats = props?.includes("numberFormat") ? JSON.stringify(loadedFormats).length : 0;
            return (wantsValues ? JSON.stringify(loaded).length : 0) + texts + formats;
          });
        },
        get values(): unknown[][] {
          if (!loaded) throw new Error("fake Excel: values read before load + sync");
          return loaded;
        },
        /** Range.text (ExcelApi 1.1): each cell as Excel shows it, whatever the column width. */
        get text(): string[][] {
          if (!loadedText) throw new Error("fake Excel: text read before load + sync");
          return loadedText;
        },
        get numberFormat(): string[][] {
          if (!loadedFormats) throw new Error("fake Excel: numberFormat read before load + sync");
          return loadedFormats;
        },
        /** Range.hyperlink (ExcelApi 1.7) of the range's first cell, as it is now; undefined where it has none. */
        get hyperlink(): { documentReference: string } | undefined {
          const link = sheet.links.get(key(top, left));
          return link === undefined ? undefined : { documentReference: link };
        },
        set numberFormat(formats: string[][]) {
          act("NumberFormat", [formats], () =>
            formats.forEach((row, i) => row.forEach((f, j) => sheet.formats.set(key(top + i, left + j), f))),
          );
        },
        set values(rows: unknown[][]) {
          if (sheet.protected) throw Object.assign(new Error("protected"), { code: "AccessDenied" });
          act("Values", [rows], () =>
            rows.forEach((row, i) =>
              row.forEach((v, j) => {
                excel.writes.push(`${sheet.name}!${cellAddress(top + i, left + j)}`);
                // As Excel takes typed text: =, +, - or @ first makes a formula, digits a number, unless the cell is text.
                const text = sheet.formats.get(key(top + i, left + j)) === "@";
                if (typeof v === "string" && !text && (/^[=+\-@]/.test(v) || /^\d+$/.test(v)))
                  excel.retyped.push(`${sheet.name}!${cellAddress(top + i, left + j)}`);
                if (v === "" || v === null) sheet.values.delete(key(top + i, left + j));
                else sheet.values.set(key(top + i, left + j), v);
              }),
            ),
          );
        },
        set hyperlink(link: { documentReference: string }) {
          act("Hyperlink", [link], () => sheet.links.set(key(top, left), link.documentReference));
        },
        getCell: (i: number, j: number) => range(sheet, top + i, left + j, top + i, left + j),
        getResizedRange: (dr: number, dc: number) => range(sheet, top, left, bottom + dr, right + dc),
        getMergedAreasOrNullObject: () => mergedAreas(sheet, { top, left, bottom, right }),
        merge: (across = false) => {
          if (sheet.protected) throw Object.assign(new Error("protected"), { code: "AccessDenied" });
          act("Merge", [across], () => {
            const areas = across
              ? rows().map((i) => ({ top: i, left, bottom: i, right }))
              : [{ top, left, bottom, right }];
            for (const area of areas) {
              // As Excel does: only the upper-left value stays; a merge over another replaces it.
              for (let i = area.top; i <= area.bottom; i++)
                for (let j = area.left; j <= area.right; j++)
                  if (i !== area.top || j !== area.left) sheet.values.delete(key(i, j));
              sheet.merges = sheet.merges.filter(
                (m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right,
              );
              sheet.merges.push(area);
            }
          });
        },
        getCellProperties: (select?: unknown) => {
          act("GetCellProperties", [select ?? {}]);
          const result = { value: [] as { format: { fill: Fill } }[][] };
          pendingLoads.push(() => {
            result.value = rows().map((i) =>
              cols().map((j) => ({ format: { fill: { ...(sheet.fills.get(key(i, j)) ?? NO_FILL) } } })),
            );
            return JSON.stringify(result.value).length;
          });
          return result;
        },
        setCellProperties: (props: { format?: { fill?: Partial<Fill> } }[][]) => {
          act("SetCellProperties", [props], () =>
            props.forEach((row, i) =>
              row.forEach((p, j) => {
                const fill = p.format?.fill;
                if (!fill) return;
                if (fill.pattern === "None") sheet.fills.delete(key(top + i, left + j));
                else sheet.fills.set(key(top + i, left + j), { ...NO_FILL, ...fill } as Fill);
              }),
            ),
          );
        },
        format: {
          fill: {
            set color(color: string) {
              if (sheet.protected) throw Object.assign(new Error("protected"), { code: "AccessDenied" });
              path("Format");
              path("Fill");
              act("Color", [color], () =>
                rows().forEach((i) =>
                  cols().forEach((j) => sheet.fills.set(key(i, j), { color, pattern: "Solid", tintAndShade: 0 })),
                ),
              );
            },
          },
          font: {
            set bold(bold: boolean) {
              setFont({ bold });
            },
            set: (font: { name?: string; size?: number; bold?: boolean }) => setFont(font),
          },
          set columnWidth(points: number) {
            path("Format");
            act("ColumnWidth", [points], () => cols().forEach((j) => sheet.columnWidths.set(j, points)));
          },
          set rowHeight(points: number) {
            path("Format");
            act("RowHeight", [points], () => rows().forEach((i) => sheet.rowHeights.set(i, points)));
          },
          set wrapText(w: boolean) {
            path("Format");
            act("WrapText", [w]);
          },
          set horizontalAlignment(a: string) {
            path("Format");
            act("HorizontalAlignment", [a]);
          },
          set verticalAlignment(a: string) {
            path("Format");
            act("VerticalAlignment", [a]);
          },
          borders: {
            getItem: (index: string) => ({
              set weight(w: string) {
                path("Borders");
                path("GetItem", [index]);
                act("Weight", [w]);
              },
              set style(style: string) {
                path("Borders");
                path("GetItem", [index]);
                act("Style", [style], () => {
                  const edge = (i: number, j: number, side: "top" | "bottom" | "left" | "right") => {
                    const set = sheet.borders.get(key(i, j)) ?? new Set();
                    if (style === "None") set.delete(side);
                    else set.add(side);
                    sheet.borders.set(key(i, j), set);
                  };
                  for (const i of rows())
                    for (const j of cols()) {
                      if (index === "EdgeTop" && i === top) edge(i, j, "top");
                      if (index === "EdgeBottom" && i === bottom) edge(i, j, "bottom");
                      if (index === "EdgeLeft" && j === left) edge(i, j, "left");
                      if (index === "EdgeRight" && j === right) edge(i, j, "right");
                      if (index === "InsideVertical" && j > left) edge(i, j, "left");
                      if (index === "InsideVertical" && j < right) edge(i, j, "right");
                      if (index === "InsideHorizontal" && i > top) edge(i, j, "top");
                      if (index === "InsideHorizontal" && i < bottom) edge(i, j, "bottom");
                    }
                });
              },
            }),
          },
          autofitColumns: () => undefined,
        },
        select: () =>
          act(
            "Select",
            [],
            () =>
              (excel.selected = `${sheet.name}!${cellAddress(top, left)}${bottom > top || right > left ? `:${cellAddress(bottom, right)}` : ""}`),
          ),
      };
      const rows = () => Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
      const cols = () => Array.from({ length: right - left + 1 }, (_, j) => left + j);
      const read = () => rows().map((i) => cols().map((j) => sheet.values.get(key(i, j)) ?? ""));
      const setFont = (font: { name?: string; size?: number; bold?: boolean }) => {
        path("Format");
        path("Font");
        act("Set", [font], () =>
          rows().forEach((i) =>
            cols().forEach((j) => sheet.fonts.set(key(i, j), { ...sheet.fonts.get(key(i, j)), ...font })),
          ),
        );
      };
      return r;
    };

    const worksheet = (sheet: FakeSheet) => {
      path("GetItem", [sheet.name]);
      const ws = {
        get id() {
          return sheet.id;
        },
        get name() {
          return sheet.name;
        },
        get visibility() {
          return sheet.visibility;
        },
        set visibility(v: FakeSheet["visibility"]) {
          act("Visibility", [v], () => (sheet.visibility = v));
        },
        isNullObject: false,
        protection: {
          get protected() {
            return sheet.protected;
          },
        },
        load: () => undefined,
        freezePanes: {
          freezeRows: (n: number) => act("FreezeRows", [n], () => (sheet.layout = { ...sheet.layout, frozenRows: n })),
        },
        pageLayout: {
          load: (props?: string) => act("", [props ?? ""]),
          get orientation() {
            return sheet.layout?.orientation ?? "Portrait";
          },
          get paperSize() {
            return sheet.layout?.paperSize ?? "Letter";
          },
          set orientation(o: string) {
            act("Orientation", [o], () => (sheet.layout = { ...sheet.layout, orientation: o }));
          },
          set zoom(zoom: NonNullable<FakeSheet["layout"]>["zoom"]) {
            act("Zoom", [zoom], () => (sheet.layout = { ...sheet.layout, zoom }));
          },
          set paperSize(paperSize: string) {
            act("PaperSize", [paperSize], () => (sheet.layout = { ...sheet.layout, paperSize }));
          },
          set centerHorizontally(centerHorizontally: boolean) {
            act(
              "CenterHorizontally",
              [centerHorizontally],
              () => (sheet.layout = { ...sheet.layout, centerHorizontally }),
            );
          },
          setPrintTitleRows: (rows: string) =>
            act("SetPrintTitleRows", [rows], () => (sheet.layout = { ...sheet.layout, printTitleRows: rows })),
        },
        activate: () => act("Activate", [], () => (excel.active = excel.sheets.indexOf(sheet))),
        delete: () => act("Delete", [], () => (excel.sheets = excel.sheets.filter((s) => s !== sheet))),
        getRange: (address: string) => {
          const b = bounds(address);
          return range(sheet, b.top, b.left, b.bottom, b.right);
        },
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
          range(sheet, r, c, r + rows - 1, c + cols - 1),
        getRanges: (list: string) => {
          if (list.length >= 8192) throw Object.assign(new Error("address too long"), { code: "InvalidArgument" });
          const parts = list.split(",").map((a) => ws.getRange(a));
          return {
            format: {
              fill: {
                set color(c: string) {
                  parts.forEach((p) => (p.format.fill.color = c));
                },
              },
            },
          };
        },
        getUsedRangeOrNullObject: () => {
          if (sheet.values.size === 0)
            return {
              isNullObject: true,
              load: () => undefined,
              getMergedAreasOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
            };
          let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
          for (const k of sheet.values.keys()) {
            const [r, c] = k.split(",").map(Number);
            [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
          }
          return range(sheet, top, left, bottom, right);
        },
      };
      return ws;
    };

    /** Range.getMergedAreasOrNullObject: the merged areas that touch the range, or a null object when none do. */
    const mergedAreas = (sheet: FakeSheet, b: { top: number; left: number; bottom: number; right: number }) => {
      const areas = sheet.merges.filter(
        (m) => m.bottom >= b.top && m.top <= b.bottom && m.right >= b.left && m.left <= b.right,
      );
      return {
        isNullObject: areas.length === 0,
        load: () => undefined,
        areas: {
          items: areas.map((m) => ({
            rowIndex: m.top,
            columnIndex: m.left,
            rowCount: m.bottom - m.top + 1,
            columnCount: m.right - m.left + 1,
          })),
        },
      };
    };
    const nullSheet = {
      isNullObject: true,
      getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
    };
    const namedItem = (name: string) => {
      path("GetItem", [name]);
      const item = {
        get isNullObject() {
          return !excel.names.has(name);
        },
        name,
        set visible(v: boolean) {
          act("Visible", [v], () => {
            const n = excel.names.get(name);
            // office-js#3878, #3949: hiding a name can be silently ignored; a test switches this on.
            if (n && !(excel.namesIgnoreHiding && !v)) n.visible = v;
          });
        },
        get visible() {
          return excel.names.get(name)?.visible ?? true;
        },
        load: (props?: string) => act("", [props ?? ""]),
        getRangeOrNullObject: () => {
          const n = excel.names.get(name);
          if (!n?.ref) return { isNullObject: true, load: () => undefined };
          return range(n.sheet, n.ref.top, n.ref.left, n.ref.bottom, n.ref.right);
        },
        delete: () => act("Delete", [], () => excel.names.delete(name)),
      };
      return item;
    };
    const xmlPart = (part: FakeExcel["xmlParts"][number] | undefined) => ({
      isNullObject: !part,
      getXml: () => {
        act("GetXml", []);
        const result = { value: "" };
        pendingLoads.push(() => {
          result.value = part!.xml;
          return part!.xml.length;
        });
        return result;
      },
      delete: () => act("Delete", [], () => (excel.xmlParts = excel.xmlParts.filter((p) => p !== part))),
    });
    const context = {
      workbook: {
        protection: {
          load: () => undefined,
          get protected() {
            return excel.workbookProtected;
          },
        },
        names: {
          load: () => undefined,
          get items() {
            return [...excel.names.keys()].map(namedItem);
          },
          add: (
            name: string,
            reference: { _fake?: { sheet: FakeSheet; top: number; left: number; bottom: number; right: number } },
          ) => {
            const target = reference._fake!;
            act("Add", [name, { _ObjectPathId: ids }], () =>
              excel.names.set(name, {
                sheet: target.sheet,
                ref: { top: target.top, left: target.left, bottom: target.bottom, right: target.right },
                visible: true,
              }),
            );
            return namedItem(name);
          },
          getItemOrNullObject: (name: string) => namedItem(name),
        },
        customXmlParts: {
          add: (xml: string) => {
            const namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
            act("Add", [xml], () => excel.xmlParts.push({ id: `{part-${excel.xmlParts.length + 1}}`, namespace, xml }));
          },
          getByNamespace: (namespace: string) => ({
            getOnlyItemOrNullObject: () => {
              const found = excel.xmlParts.filter((p) => p.namespace === namespace);
              if (found.length > 1) throw Object.assign(new Error("more than one"), { code: "InvalidOperation" });
              return xmlPart(found[0]);
            },
          }),
        },
        worksheets: {
          load: () => undefined,
          get items() {
            return excel.sheets.map(worksheet);
          },
          getActiveWorksheet: () => worksheet(excel.sheets[excel.active]),
          getItem: (name: string) => {
            const sheet = excel.sheets.find((s) => s.name === name || s.id === name);
            if (!sheet) throw Object.assign(new Error("not found"), { code: "ItemNotFound" });
            return worksheet(sheet);
          },
          getItemOrNullObject: (name: string) => {
            const sheet = excel.sheets.find((s) => s.name === name || s.id === name);
            return sheet ? worksheet(sheet) : nullSheet;
          },
          add: (name: string) => {
            if (excel.sheets.some((s) => s.name === name))
              throw Object.assign(new Error("exists"), { code: "ItemAlreadyExists" });
            act("Add", [name]);
            const sheet = newSheet(`{sheet-${++sheetIds}}`, name);
            excel.sheets.push(sheet);
            return worksheet(sheet);
          },
        },
      },
      sync: async () => {
        excel.syncs++;
        if (excel.syncLatencyMs > 0) await new Promise((done) => setTimeout(done, excel.syncLatencyMs));
        const written = pendingBytes;
        let read = 0;
        for (const load of pendingLoads) read += load();
        const effects = afterSync;
        excel.requestBytes.push(written + read);
        excel.requests.push(written);
        pendingLoads = [];
        pendingBytes = 0;
        afterSync = [];
        const refusal = refused;
        refused = null;
        if (refusal) throw Object.assign(new Error(refusal.message), { code: refusal.code });
        if (written > excel.payloadLimit || read > excel.payloadLimit) {
          const code =
            written > excel.payloadLimit ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded";
          throw Object.assign(new Error("payload too large"), { code });
        }
        for (const effect of effects) effect();
      },
    };
    return batch(context as never);
  };
}
