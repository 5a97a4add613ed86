import type { CellLook, FontLook } from "../../../core/look/sheet-look";
import { spreadsheetXml } from "../../../core/xml/escape";
import { prefixOf, withAttribute } from "./xml-text";

const argbOf = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** One section of the style sheet (`<fills>`, `<fonts>`, `<cellXfs>`) as its child elements, appended to in place. */
class Section {
  readonly items: string[];
  constructor(
    private readonly container: string,
    private readonly item: string,
    xml: string,
    private readonly p: string,
  ) {
    const body = new RegExp(`<${p}${container}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${container}>)`).exec(xml)?.[1] ?? "";
    const itemPattern = new RegExp(`<${p}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${item}>)`, "g");
    this.items = body.match(itemPattern) ?? [];
  }

  add(element: string): number {
    this.items.push(element);
    return this.items.length - 1;
  }

  writeInto(xml: string): string {
    const { p, container } = this;
    const section = `<${p}${container} count="${this.items.length}">${this.items.join("")}</${p}${container}>`;
    return xml.replace(new RegExp(`<${p}${container}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${container}>)`), () => section);
  }
}

/**
 * The workbook's xl/styles.xml, extended only by appending: new fills and fonts, and new cell formats (xf) that
 * copy an existing one. Every index the sheets already use keeps its meaning.
 */
export class StyleSheet {
  private readonly p: string;
  private readonly fills: Section;
  private readonly fonts: Section;
  private readonly borders: Section;
  private readonly cellXfs: Section;
  private readonly fillIds = new Map<string, number>();
  private thinBorderId: number | undefined;
  private readonly markedXfs = new Map<string, number>();

  constructor(private xml: string = MINIMAL_STYLES) {
    this.p = prefixOf(xml, "styleSheet");
    for (const container of ["fonts", "fills", "borders", "cellXfs"])
      if (!new RegExp(`<${this.p}${container}\\b`).test(this.xml))
        this.xml = insertSection(this.xml, this.p, container);
    this.fonts = new Section("fonts", "font", this.xml, this.p);
    this.fills = new Section("fills", "fill", this.xml, this.p);
    this.borders = new Section("borders", "border", this.xml, this.p);
    if (this.borders.items.length === 0)
      this.borders.add(
        `<${this.p}border><${this.p}left/><${this.p}right/><${this.p}top/><${this.p}bottom/><${this.p}diagonal/></${this.p}border>`,
      );
    this.cellXfs = new Section("cellXfs", "xf", this.xml, this.p);
    if (this.cellXfs.items.length === 0)
      this.cellXfs.add(`<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  }

  get xfCount(): number {
    return this.cellXfs.items.length;
  }

  /** A cell format that is `baseXf` in every way but its fill: a solid `argb`. */
  markedXf(baseXf: number, argb: string): number {
    const key = `${baseXf}|${argb}`;
    const known = this.markedXfs.get(key);
    if (known !== undefined) return known;
    const base = this.cellXfs.items[baseXf] ?? this.cellXfs.items[0];
    const startTag = /^<[^>]*?\/?>/.exec(base)![0];
    const tag = withAttribute(withAttribute(startTag, "fillId", String(this.fillId(argb))), "applyFill", "1");
    const id = this.cellXfs.add(base.replace(startTag, () => tag));
    this.markedXfs.set(key, id);
    return id;
  }

  /** A cell format that is `baseXf` in every way but shows its number as a date (built-in format 14). */
  dateXf(baseXf: number): number {
    const key = `${baseXf}|date`;
    const known = this.markedXfs.get(key);
    if (known !== undefined) return known;
    const base = this.cellXfs.items[baseXf] ?? this.cellXfs.items[0];
    const startTag = /^<[^>]*?\/?>/.exec(base)![0];
    const tag = withAttribute(withAttribute(startTag, "numFmtId", "14"), "applyNumberFormat", "1");
    const id = this.cellXfs.add(base.replace(startTag, () => tag));
    this.markedXfs.set(key, id);
    return id;
  }

  /**
   * A cell format of `look`: its font is the workbook's default font changed as the look says, or, where the look
   * names a font, only what it says (with the Chinese character set).
   */
  lookXf(look: CellLook): number {
    const { p } = this;
    const fontId = this.fonts.add(this.fontXml(look.font));
    const fillId = look.fill ? this.fillId(argbOf(look.fill)) : 0;
    const borderId = look.border ? this.thinBorder() : 0;
    const alignment =
      (look.horizontal ? ` horizontal="${look.horizontal}"` : "") +
      (look.vertical ? ` vertical="${look.vertical}"` : "") +
      (look.wrap ? ' wrapText="1"' : "");
    const applied =
      ' applyFont="1"' +
      (look.fill ? ' applyFill="1"' : "") +
      (look.border ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "");
    return this.cellXfs.add(
      `<${p}xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}` +
        (alignment ? `><${p}alignment${alignment}/></${p}xf>` : "/>"),
    );
  }

  /** One cell format for each look, by look. */
  lookXfs<L extends string>(looks: Record<L, CellLook>): Record<L, number> {
    const entries = Object.entries(looks) as [L, CellLook][];
    return Object.fromEntries(entries.map(([name, look]) => [name, this.lookXf(look)])) as Record<L, number>;
  }

  toXml(): string {
    return this.cellXfs.writeInto(this.borders.writeInto(this.fills.writeInto(this.fonts.writeInto(this.xml))));
  }

  private fontXml(font: FontLook): string {
    const { p } = this;
    const base = font.name ? "" : (this.fonts.items[0] ?? "");
    const keep = (name: string) => new RegExp(`<${p}${name}\\b[^>]*/>`).exec(base)?.[0] ?? "";
    const size = font.size ? `<${p}sz val="${font.size}"/>` : keep("sz");
    const colour = font.colour ? `<${p}color rgb="${argbOf(font.colour)}"/>` : keep("color");
    const name = font.name
      ? `<${p}name val="${spreadsheetXml(font.name)}"/><${p}charset val="134"/>`
      : keep("name") + keep("family") + keep("charset");
    return `<${p}font>${font.bold ? `<${p}b/>` : ""}${font.underline ? `<${p}u/>` : ""}${size}${colour}${name}</${p}font>`;
  }

  private thinBorder(): number {
    const { p } = this;
    const side = (name: string) => `<${p}${name} style="thin"/>`;
    this.thinBorderId ??= this.borders.add(
      `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`,
    );
    return this.thinBorderId;
  }

  private fillId(argb: string): number {
    const known = this.fillIds.get(argb);
    if (known !== undefined) return known;
    const { p } = this;
    const id = this.fills.add(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    this.fillIds.set(argb, id);
    return id;
  }
}

/** The order CT_Stylesheet requires: a missing section goes before the first later one that is present. */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];

function insertSection(xml: string, p: string, container: string): string {
  const empty = `<${p}${container} count="0"></${p}${container}>`;
  for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(container) + 1)) {
    const at = xml.search(new RegExp(`<${p}${later}\\b`));
    if (at >= 0) return xml.slice(0, at) + empty + xml.slice(at);
  }
  return xml.replace(new RegExp(`</${p}styleSheet>`), `${empty}$&`);
}
