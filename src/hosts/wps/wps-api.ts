/**
 * The part of WPS's synchronous JS 加载项 object model the WPS hosts use: a mirror of the VBA object model, where a
 * collection's member is `.Item(i)` (1-based), a parameterised property is a method (`sheet.Range("A1")`), and
 * colours are BGR integers (`0xBBGGRR`) as in VBA. Member names and signatures follow Kingsoft's own TypeScript
 * description of the API, the npm package wps-jsapi 1.0.5 (src/lib.et.d.ts, lib.wps.d.ts, lib.kso.d.ts), and WPS's
 * 开发文档 (open.wps.cn/docs/office; the 表格/文字 API 参考 at qn.cache.wpscdn.cn/encs/doc/office_v19/). That package
 * types every call's result as `void` (it is generated from the COM type library), so it is not imported: these
 * interfaces say what the calls return. Nothing here has been run against a real WPS; see docs/wps.md.
 */

/* ---------- shared (Kso) ---------- */

export interface KsoCustomXMLPart {
  readonly XML: string;
  readonly NamespaceURI: string;
  Delete(): void;
}

export interface KsoCustomXMLParts {
  readonly Count: number;
  Item(index: number): KsoCustomXMLPart;
  Add(xml: string): KsoCustomXMLPart;
  SelectByNamespace(namespaceUri: string): KsoCustomXMLParts;
}

/* ---------- 表格 (ET) ---------- */

/** XlPattern values (the same numbers as Excel's VBA constants). */
export const XL_PATTERN = {
  None: -4142,
  Solid: 1,
  Gray75: -4126,
  Gray50: -4125,
  Gray25: -4124,
  Gray16: 17,
  Gray8: 18,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
} as const;

/** XlSheetVisibility: visible, hidden, very hidden. */
export const XL_SHEET = { Visible: -1, Hidden: 0, VeryHidden: 2 } as const;
export const XL_ALIGN = { Center: -4108, Left: -4131, Top: -4160 } as const;
export const XL_UNDERLINE_SINGLE = 2;
/** XlBordersIndex. */
export const XL_BORDER = { EdgeLeft: 7, EdgeTop: 8, EdgeBottom: 9, EdgeRight: 10, InsideVertical: 11 } as const;
export const XL_CONTINUOUS = 1;
export const XL_THIN = 2;
export const XL_LANDSCAPE = 2;
export const XL_PAPER_A4 = 9;

export interface EtInterior {
  /** BGR integer. */
  Color: number;
  Pattern: number;
  TintAndShade: number;
}

export interface EtFont {
  Name: string;
  Size: number;
  Bold: boolean;
  /** XL_UNDERLINE_SINGLE, or xlUnderlineStyleNone (-4142). */
  Underline: number;
  /** BGR integer. */
  Color: number;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
}

export interface EtRange {
  /** 1-based row and column of the range's first cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Count: number;
  /** A scalar for one cell; for several, an array of rows, each an array of the row's values (VBA's 2-D array). */
  Value2: unknown;
  NumberFormat: unknown;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  /** True where every cell is merged, false where none is, null where some are. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Worksheet: EtWorksheet;
  ColumnWidth: number;
  RowHeight: number;
  WrapText: boolean;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  Borders: { Item(index: number): EtBorder };
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Merge(across?: boolean): void;
  Select(): void;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  PrintTitleRows: string;
  CenterHorizontally: boolean;
  CenterVertically: boolean;
  /** Margins in points. */
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
}

export interface EtWorksheet {
  Name: string;
  /** XL_SHEET. */
  Visible: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Cells: { Item(row: number, column: number): EtRange };
  Range(cell1: string | EtRange, cell2?: EtRange): EtRange;
  readonly Hyperlinks: {
    Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown;
  };
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  /** A new worksheet before or after the one given; it becomes the active sheet. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtName {
  readonly Name: string;
  Visible: boolean;
  /** Throws where the name no longer refers to a range (its cells were deleted: #REF!). */
  readonly RefersToRange: EtRange;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  /** Throws where no name is called so. */
  Item(index: number | string): EtName;
  Add(name: string, refersTo: string, visible?: boolean): EtName;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
  readonly Names: EtNames;
  readonly CustomXMLParts: KsoCustomXMLParts;
  readonly ProtectStructure: boolean;
}

export interface EtApplication {
  readonly Workbooks: { readonly Count: number };
  readonly ActiveWorkbook: EtWorkbook | null;
}

/* ---------- 文字 (WPS) ---------- */

/** WdRevisionType. */
export const WD_REVISION_DELETE = 2;
export const WD_CONTENT_CONTROL_RICH_TEXT = 0;
export const WD_PAPER_A4 = 7;

export interface WpsRange {
  Start: number;
  End: number;
  /** The text, each paragraph ending in "\r" (a table cell's in "\r\x07"), deleted text included where shown. */
  Text: string;
  readonly Revisions: WpsRevisions;
  /** Inserts WordprocessingML (Word 2003 XML or flat OPC, as Word's Range.InsertXML) in place of the range. */
  InsertXML?(xml: string): void;
  /** The range as flat OPC (Word's Range.WordOpenXML), what InsertXML takes back. */
  readonly WordOpenXML?: string;
  Select(): void;
}

export interface WpsRevision {
  /** WdRevisionType: 1 insert, 2 delete … */
  readonly Type: number;
  readonly Range: WpsRange;
}

export interface WpsRevisions {
  readonly Count: number;
  Item(index: number): WpsRevision;
}

export interface WpsParagraph {
  readonly Range: WpsRange;
}

export interface WpsParagraphs {
  readonly Count: number;
  Item(index: number): WpsParagraph;
}

export interface WpsContentControl {
  Tag: string;
  Title: string;
  readonly Range: WpsRange;
}

export interface WpsContentControls {
  readonly Count: number;
  Item(index: number): WpsContentControl;
  Add(type: number, range: WpsRange): WpsContentControl;
}

export interface WpsPageSetup {
  PaperSize: number;
  PageWidth: number;
  PageHeight: number;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
}

export interface WpsDocument {
  /** The whole main story (Word's Document.Content). */
  readonly Content: WpsRange;
  readonly Paragraphs: WpsParagraphs;
  readonly Revisions: WpsRevisions;
  readonly Comments: { readonly Count: number; Add(range: WpsRange, text: string): unknown };
  readonly ContentControls: WpsContentControls;
  SelectContentControlsByTag(tag: string): WpsContentControls;
  Range(start: number, end: number): WpsRange;
  readonly PageSetup: WpsPageSetup;
}

export interface WpsApplication {
  readonly Documents: { readonly Count: number };
  readonly ActiveDocument: WpsDocument | null;
  readonly Selection: { Start: number; End: number; Text: string; readonly Range: WpsRange };
}
