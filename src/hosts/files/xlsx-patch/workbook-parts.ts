import type JSZip from "jszip";
import { FileReadError } from "../file-error";
import { attribute, escapeXml, prefixOf } from "./xml-text";

const RELATIONSHIP_NAMESPACES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];
const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface SheetPart {
  name: string;
  /** The part's path inside the zip, such as `xl/worksheets/sheet1.xml`. */
  path: string;
}

/** The workbook part and its sheets, found through the package's relationships as Excel itself finds them. */
export class WorkbookParts {
  private constructor(
    private readonly zip: JSZip,
    readonly workbookPath: string,
    private workbookXml: string,
    private relsXml: string,
    readonly sheets: SheetPart[],
  ) {}

  static async open(zip: JSZip, fileName: string): Promise<WorkbookParts> {
    const rootRels = await text(zip, "_rels/.rels");
    const officeDocument = rootRels
      ?.match(/<(?:\w+:)?Relationship\b[^>]*>/g)
      ?.find((tag) => /\/officeDocument$/.test(attribute(tag, "Type") ?? ""));
    const workbookPath = officeDocument ? resolve("", attribute(officeDocument, "Target")!) : "xl/workbook.xml";
    const workbookXml = await text(zip, workbookPath);
    if (!workbookXml) throw new FileReadError(`${fileName}：不是 Excel 工作簿（缺少 workbook.xml），无法生成核对结果`);
    const relsPath = relsPathOf(workbookPath);
    const relsXml =
      (await text(zip, relsPath)) ??
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const targets = new Map<string, string>();
    for (const tag of relsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? [])
      targets.set(attribute(tag, "Id")!, resolve(dirOf(workbookPath), attribute(tag, "Target")!));
    const r = relationshipPrefix(workbookXml);
    const sheets: SheetPart[] = [];
    for (const tag of workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
      const path = targets.get(attribute(tag, `${r}id`) ?? "");
      if (path) sheets.push({ name: attribute(tag, "name") ?? "", path });
    }
    return new WorkbookParts(zip, workbookPath, workbookXml, relsXml, sheets);
  }

  /** Adds a worksheet after the last one, with its part, relationship and content type; returns its part. */
  async addSheet(name: string, xml: string, printTitleRow: number): Promise<SheetPart> {
    const dir = dirOf(this.workbookPath);
    let n = this.sheets.length + 1;
    while (this.zip.file(`${dir}worksheets/sheet${n}.xml`)) n++;
    const path = `${dir}worksheets/sheet${n}.xml`;
    this.zip.file(path, xml);

    const ids = new Set((this.relsXml.match(/\sId="([^"]*)"/g) ?? []).map((m) => m.slice(5, -1)));
    let k = ids.size + 1;
    while (ids.has(`rId${k}`)) k++;
    const relId = `rId${k}`;
    const relP = prefixOf(this.relsXml, "Relationships");
    this.relsXml = this.relsXml.replace(
      new RegExp(`</${relP}Relationships>`),
      `<${relP}Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/>$&`,
    );
    this.zip.file(relsPathOf(this.workbookPath), this.relsXml);

    const p = prefixOf(this.workbookXml, "sheets");
    const r = relationshipPrefix(this.workbookXml);
    const sheetIds = (this.workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).map((t) =>
      Number(attribute(t, "sheetId") ?? 0),
    );
    const nextId = sheetIds.reduce((highest, id) => (id > highest ? id : highest), 0) + 1;
    const sheetTag = `<${p}sheet name="${escapeXml(name)}" sheetId="${nextId}" ${r}id="${relId}"/>`;
    this.workbookXml = this.workbookXml.replace(new RegExp(`</${p}sheets>`), `${sheetTag}$&`);
    this.workbookXml = withPrintTitles(this.workbookXml, name, sheetIds.length, printTitleRow);
    this.zip.file(this.workbookPath, this.workbookXml);

    const types = (await text(this.zip, "[Content_Types].xml")) ?? "";
    const typesP = prefixOf(types, "Types");
    this.zip.file(
      "[Content_Types].xml",
      types.replace(
        new RegExp(`</${typesP}Types>`),
        `<${typesP}Override PartName="/${path}" ContentType="${WORKSHEET_CONTENT}"/>$&`,
      ),
    );
    const part = { name, path };
    this.sheets.push(part);
    return part;
  }
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  return partText(zip, path);
}

/**
 * A part's XML as text, whatever Unicode encoding it is saved in (UTF-8, or UTF-16 with or without a byte order
 * mark), its declaration saying UTF-8 so it can be written back as such; null when the part is missing.
 */
export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const bytes = await zip.file(path)?.async("uint8array");
  if (!bytes) return null;
  const [a, b] = bytes;
  const encoding =
    (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)
      ? "utf-16le"
      : (a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)
        ? "utf-16be"
        : "utf-8";
  const xml = new TextDecoder(encoding).decode(bytes); // drops the byte order mark
  if (encoding === "utf-8") return xml;
  return xml.replace(/^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
}

function relationshipPrefix(workbookXml: string): string {
  for (const ns of RELATIONSHIP_NAMESPACES) {
    const match = new RegExp(`xmlns:(\\w+)="${ns.replace(/[.\\/]/g, "\\$&")}"`).exec(workbookXml);
    if (match) return `${match[1]}:`;
  }
  return "r:";
}

export function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

export function relsPathOf(path: string): string {
  return `${dirOf(path)}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;
}

/** A relationship target (relative, or absolute from the package root) as a zip path. */
export function resolve(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/**
 * The workbook's XML with a row of sheet `index` (0-based; the sheet named `name`) printed atop every page: Excel's
 * print titles, a defined name, added to the defined names there are or in a new `<definedNames>` where the schema
 * puts it.
 */
export function withPrintTitles(workbookXml: string, name: string, index: number, row: number): string {
  const p = prefixOf(workbookXml, "sheets");
  const title = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${escapeXml(name.replace(/'/g, "''"))}'!$${row}:$${row}</${p}definedName>`;
  if (/<(?:\w+:)?definedNames\b[^>]*\/>/.test(workbookXml))
    return workbookXml.replace(/<((?:\w+:)?)definedNames\b[^>]*\/>/, `<$1definedNames>${title}</$1definedNames>`);
  if (new RegExp(`</${p}definedNames>`).test(workbookXml))
    return workbookXml.replace(new RegExp(`</${p}definedNames>`), `${title}$&`);
  return workbookXml.replace(
    new RegExp(
      `(</${p}sheets>(?:<${p}functionGroups\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}functionGroups>))?(?:<${p}externalReferences\\b[\\s\\S]*?</${p}externalReferences>)?)`,
    ),
    `$1<${p}definedNames>${title}</${p}definedNames>`,
  );
}
