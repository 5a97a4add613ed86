import type { ChartCell, SeatingChart } from "../../core/seating/chart";
import { type Grid, cellAddress } from "../../core/table/grid";
import { gridsToXlsx } from "./write-xlsx";
import { markCells } from "./xlsx-patch/mark-cells";
import { WorkbookParts, partText } from "./xlsx-patch/workbook-parts";

type Look = Exclude<ChartCell, null>;

const FONT = (size: number, name: string, bold = false) =>
  `<font>${bold ? "<b/>" : ""}<sz val="${size}"/><name val="${name}"/><charset val="134"/></font>`;
const THIN =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
const GREY =
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>';

/** The new styles, each as font, fill, border and alignment (indices relative to what is appended). */
const LOOKS: Record<Look, { font: string; fill: boolean; border: boolean; align: string }> = {
  title: { font: FONT(18, "黑体", true), fill: false, border: false, align: 'horizontal="center" vertical="center"' },
  band: { font: FONT(14, "黑体", true), fill: true, border: true, align: 'horizontal="center" vertical="center"' },
  label: {
    font: FONT(11, "宋体"),
    fill: false,
    border: true,
    align: 'horizontal="center" vertical="center" wrapText="1"',
  },
  seat: {
    font: FONT(16, "楷体"),
    fill: false,
    border: true,
    align: 'horizontal="center" vertical="center" wrapText="1"',
  },
  note: {
    font: FONT(10, "宋体"),
    fill: false,
    border: false,
    align: 'horizontal="left" vertical="center" wrapText="1"',
  },
};

const ITEM: Record<string, string> = { fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };

/** `items` appended to a section of styles.xml (`<fonts count="n">…</fonts>`); the index of the first. */
function append(xml: string, container: string, items: string[]): { xml: string; first: number } {
  const pattern = new RegExp(`<${container}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${container}>)`);
  const match = pattern.exec(xml);
  const body = match?.[1] ?? "";
  const first = (body.match(new RegExp(`<${ITEM[container]}\\b`, "g")) ?? []).length;
  const section = `<${container} count="${first + items.length}">${body}${items.join("")}</${container}>`;
  return { xml: match ? xml.replace(pattern, () => section) : xml, first };
}

/** SheetJS's styles.xml with one cell format per look of the chart; the formats' indices by look. */
function chartStyles(stylesXml: string): { xml: string; xfs: Record<Look, number> } {
  const looks = Object.entries(LOOKS) as [Look, (typeof LOOKS)[Look]][];
  let xml = stylesXml;
  const fonts = append(
    xml,
    "fonts",
    looks.map(([, l]) => l.font),
  );
  xml = fonts.xml;
  const fills = append(xml, "fills", [GREY]);
  xml = fills.xml;
  const borders = append(xml, "borders", [THIN]);
  xml = borders.xml;
  const xfs = append(
    xml,
    "cellXfs",
    looks.map(
      ([, l], i) =>
        `<xf numFmtId="0" fontId="${fonts.first + i}" fillId="${l.fill ? fills.first : 0}" ` +
        `borderId="${l.border ? borders.first : 0}" xfId="0" applyFont="1" applyFill="1" applyBorder="1" ` +
        `applyAlignment="1"><alignment ${l.align}/></xf>`,
    ),
  );
  return {
    xml: xfs.xml,
    xfs: Object.fromEntries(looks.map(([look], i) => [look, xfs.first + i])) as Record<Look, number>,
  };
}

/** Heights in points: the title's row, a row of seats, the others. */
const HEIGHTS = { title: 36, seats: 42, other: 20 };

/**
 * The sheet's print setup: A4 landscape, fitted to one page, centred both ways; and each row's height, seat rows tall
 * enough for a name in 16 pt.
 */
function printable(sheetXml: string, chart: SeatingChart): string {
  let xml = sheetXml.replace(/<row r="(\d+)"/g, (tag, r: string) => {
    const looks = chart.cells[Number(r) - 1] ?? [];
    const height = looks.includes("title") ? HEIGHTS.title : looks.includes("seat") ? HEIGHTS.seats : HEIGHTS.other;
    return `${tag} ht="${height}" customHeight="1"`;
  });
  if (!/<sheetPr\b/.test(xml))
    xml = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const setup =
    '<printOptions horizontalCentered="1" verticalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>';
  xml = xml.replace(/<printOptions\b[^>]*\/>|<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>/g, "");
  return /<ignoredErrors\b/.test(xml)
    ? xml.replace(/<ignoredErrors\b/, `${setup}$&`)
    : xml.replace(/<\/worksheet>/, `${setup}$&`);
}

/**
 * A 座次图 workbook: the chart's sheet first, bordered, its title and 主席台 band merged, A4 landscape on one page;
 * then the sheets given (the 参会名单 it was made from, so `huiwu check` finds the list it is checked against).
 */
export async function seatingWorkbook(chart: SeatingChart, others: Grid[] = []): Promise<Uint8Array> {
  const widths = [14, ...new Array<number>(chart.width).fill(11)];
  const bytes = await gridsToXlsx([{ sheet: chart.sheet, rows: chart.rows, merges: chart.merges, widths }, ...others]);
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const parts = await WorkbookParts.open(zip, chart.sheet);
  // The chart is the first sheet (its name is made valid like the others').
  const part = parts.sheets[0];
  const stylesPath = parts.workbookPath.replace(/[^/]+$/, "styles.xml");
  const { xml: stylesXml, xfs } = chartStyles((await zip.file(stylesPath)!.async("string")) ?? "");
  // markCells gives each cell the format its key names; here the key is the cell's look, not a colour.
  const looks = new Map<string, string>();
  chart.cells.forEach((row, r) => row.forEach((look, c) => look && looks.set(cellAddress(r, c), look)));
  const sheetXml = markCells((await partText(zip, part.path)) ?? "", looks, (_base, look) => xfs[look as Look]);
  zip.file(part.path, printable(sheetXml, chart));
  zip.file(stylesPath, stylesXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
