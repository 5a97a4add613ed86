import type { TableLook } from "../../core/replies/signin-sheet";
import { type Grid, cellAddress } from "../../core/table/grid";
import { spreadsheetXml } from "../../core/xml/escape";
import { gridsToXlsx } from "./write-xlsx";
import { markCells } from "./xlsx-patch/mark-cells";
import { WorkbookParts, partText } from "./xlsx-patch/workbook-parts";

const FONT = (size: number, name: string, bold = false) =>
  `<font>${bold ? "<b/>" : ""}<sz val="${size}"/><name val="${name}"/><charset val="134"/></font>`;
const THIN =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
const CENTRE = 'horizontal="center" vertical="center" wrapText="1"';

const LOOKS: Record<TableLook, { font: string; border: boolean; align: string }> = {
  title: { font: FONT(18, "黑体"), border: false, align: 'horizontal="center" vertical="center"' },
  line: { font: FONT(11, "宋体"), border: false, align: 'horizontal="left" vertical="center"' },
  header: { font: FONT(12, "宋体", true), border: true, align: CENTRE },
  cell: { font: FONT(12, "宋体"), border: true, align: CENTRE },
  group: { font: FONT(12, "黑体"), border: true, align: 'horizontal="left" vertical="center"' },
};

/** A table to print: its grid, each cell's look, column widths, the header row, and how tall a data row is. */
export interface PrintTable {
  grid: Grid;
  looks: (TableLook | null)[][];
  widths: number[];
  /** 0-based row of the header, repeated at the top of every page. */
  headerRow: number;
  /** Height of a data row in points: 30 (about 1 cm) for a row to sign in, 20 for a list. */
  rowHeight: number;
  landscape?: boolean;
}

const HEIGHTS: Record<Exclude<TableLook, "cell">, number> = { title: 36, line: 22, header: 26, group: 24 };

/** `<fonts count="n">…</fonts>` with `items` appended; the index of the first. */
function append(xml: string, container: string, item: string, items: string[]): { xml: string; first: number } {
  const pattern = new RegExp(`<${container}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${container}>)`);
  const match = pattern.exec(xml);
  const body = match?.[1] ?? "";
  const first = (body.match(new RegExp(`<${item}\\b`, "g")) ?? []).length;
  const section = `<${container} count="${first + items.length}">${body}${items.join("")}</${container}>`;
  return { xml: match ? xml.replace(pattern, () => section) : xml, first };
}

function tableStyles(stylesXml: string): { xml: string; xfs: Record<TableLook, number> } {
  const looks = Object.entries(LOOKS) as [TableLook, (typeof LOOKS)[TableLook]][];
  const fonts = append(
    stylesXml,
    "fonts",
    "font",
    looks.map(([, l]) => l.font),
  );
  const borders = append(fonts.xml, "borders", "border", [THIN]);
  const xfs = append(
    borders.xml,
    "cellXfs",
    "xf",
    looks.map(
      ([, l], i) =>
        `<xf numFmtId="0" fontId="${fonts.first + i}" fillId="0" borderId="${l.border ? borders.first : 0}" xfId="0" ` +
        `applyFont="1" applyBorder="1" applyAlignment="1"><alignment ${l.align}/></xf>`,
    ),
  );
  return {
    xml: xfs.xml,
    xfs: Object.fromEntries(looks.map(([look], i) => [look, xfs.first + i])) as Record<TableLook, number>,
  };
}

/** A4, as wide as the page, as many pages as it takes, centred across; each row as tall as its look. */
function printable(sheetXml: string, table: PrintTable): string {
  let xml = sheetXml.replace(/<row r="(\d+)"/g, (tag, r: string) => {
    const look = table.looks[Number(r) - 1]?.[0] ?? "cell";
    return `${tag} ht="${look === "cell" ? table.rowHeight : HEIGHTS[look]}" customHeight="1"`;
  });
  if (!/<sheetPr\b/.test(xml))
    xml = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const setup =
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${table.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>` +
    "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>";
  xml = xml.replace(/<printOptions\b[^>]*\/>|<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>/g, "");
  return /<ignoredErrors\b/.test(xml)
    ? xml.replace(/<ignoredErrors\b/, `${setup}$&`)
    : xml.replace(/<\/worksheet>/, `${setup}$&`);
}

/** The header row printed at the top of every page: Excel's print titles, a defined name of the sheet. */
function withPrintTitles(workbookXml: string, sheetName: string, headerRow: number): string {
  const row = headerRow + 1;
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${spreadsheetXml(sheetName.replace(/'/g, "''"))}'!$${row}:$${row}</definedName>`;
  if (/<definedNames>/.test(workbookXml)) return workbookXml.replace(/<definedNames>/, `$&${name}`);
  return workbookXml.replace(/<\/sheets>/, `$&<definedNames>${name}</definedNames>`);
}

/** The table as an .xlsx ready to print: bordered, fonts set, the header repeated on every page (print titles). */
export async function printTableWorkbook(table: PrintTable): Promise<Uint8Array> {
  const bytes = await gridsToXlsx([{ ...table.grid, widths: table.widths }]);
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const parts = await WorkbookParts.open(zip, table.grid.sheet);
  const part = parts.sheets[0];
  const stylesPath = parts.workbookPath.replace(/[^/]+$/, "styles.xml");
  const { xml: stylesXml, xfs } = tableStyles((await zip.file(stylesPath)!.async("string")) ?? "");
  const looks = new Map<string, string>();
  table.looks.forEach((row, r) => row.forEach((look, c) => look && looks.set(cellAddress(r, c), look)));
  const sheetXml = markCells((await partText(zip, part.path)) ?? "", looks, (_base, look) => xfs[look as TableLook]);
  zip.file(part.path, printable(sheetXml, table));
  zip.file(stylesPath, stylesXml);
  const workbookXml = (await partText(zip, parts.workbookPath)) ?? "";
  zip.file(parts.workbookPath, withPrintTitles(workbookXml, part.name ?? table.grid.sheet, table.headerRow));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
