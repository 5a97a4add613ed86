import { FONT } from "../render/gbt9704";
import { type PageSetup, docxParts, flatOpc } from "../render/package";
import { paragraph, textWidth } from "../render/paragraph";
import { wordXml } from "../xml/escape";

/** One 桌签: the name as the list writes it, and the unit for the optional line under it. */
export interface NameCard {
  name: string;
  unit?: string;
}

export interface NameCardOptions {
  /** 楷体 (the default) or 黑体. */
  font?: "kai" | "hei";
  /** Print the unit in smaller type under the name. */
  unit?: boolean;
}

/**
 * The sheet, in mm: A4 landscape, folded along the long middle into a tent. Each half holds the name centred on
 * it; the upper half is the lower one turned 180° about the sheet's centre, so the name reads upright from both
 * sides of the fold.
 */
export const CARD = {
  width: 297,
  height: 210,
  fold: 105,
  /** Widest a name or unit line is set: 20 mm clear of each side edge. */
  textWidth: 257,
  /** Largest name: 160 pt is 56 mm a character, and leaves the unit line clear of the paper's edge. */
  nameMaxPt: 160,
  unitMaxPt: 32,
  /** Gap between the name's box and the unit line. */
  unitGap: 2,
} as const;

const PT_PER_MM = 72 / 25.4;
const TWIPS_PER_MM = 1440 / 25.4;

/** Landscape A4, no page numbers; the margins only hold the empty paragraph each card's boxes hang from. */
export const CARD_PAGE: PageSetup = {
  width: 16838,
  height: 11906,
  landscape: true,
  margins: { top: 567, right: 567, bottom: 567, left: 567 },
  pageNumbers: false,
};

const SINGLE_HAN = /^\p{Script=Han}$/u;

/**
 * The name as printed on the card: spaces written in the list dropped, and a two-character Chinese name spaced
 * with one full-width space as offices do (王强 → 王 U+3000 强). Other names are printed as written.
 */
export function cardName(name: string): string {
  const tight = name.replace(/[\s\u3000]+/g, "");
  const chars = [...tight];
  return chars.length === 2 && chars.every((c) => SINGLE_HAN.test(c)) ? chars.join("\u3000") : tight;
}

/** Font size in points that sets `text` on one line within the card's text width, no larger than `max`. */
function fittedPt(text: string, max: number): number {
  const width = Math.max(textWidth(text), 1);
  return Math.min(max, Math.floor(((CARD.textWidth * PT_PER_MM) / width) * 2) / 2);
}

/**
 * LibreOffice gives a WordArt shape the height its text's line would have at the shape's width (width × line
 * height ÷ advance, in the font it prints with) and stretches the glyphs to fill it; Word keeps the size it is
 * given. The shapes are given that height, so both agree on where the name stands. The line heights are those of
 * the fonts the layout test prints with (scripts/fonts.conf: 楷体 as AR PL UKai, 黑体 as Noto Sans CJK).
 */
export const LINE_HEIGHT = { kai: 1.094, hei: 1.448 } as const;

/**
 * 黑体's tall line would stretch the glyphs a third taller than they are: a full-width space each side of the
 * WordArt text, which has no ink, widens the advance LibreOffice divides by and brings them back to about square.
 */
const PAD = { kai: "", hei: "\u3000" } as const;

interface Line {
  /** Top edge in mm from the paper's top, on the lower half (upright); the upper half mirrors it. */
  top: number;
  /** Width and height of the shape in mm. */
  width: number;
  height: number;
  /** The WordArt's text, padded. */
  text: string;
}

/** A line of `text` at `points`, as a WordArt shape: as wide as its ink, as high as LibreOffice will make it. */
function shapeLine(text: string, points: number, face: "kai" | "hei", top: (height: number) => number): Line {
  const padded = `${PAD[face]}${text}${PAD[face]}`;
  const width = (textWidth(text) * points) / PT_PER_MM;
  const height = (width * LINE_HEIGHT[face]) / textWidth(padded);
  return { top: top(height), width, height, text: padded };
}

/** The lines of one half, upright: the name centred on the lower half, the unit line under it. */
function lowerHalf(card: NameCard, options: NameCardOptions): Line[] {
  const face = options.font ?? "kai";
  const name = cardName(card.name);
  const centre = CARD.fold + (CARD.height - CARD.fold) / 2;
  const lines = [shapeLine(name, fittedPt(name, CARD.nameMaxPt), face, (h) => centre - h / 2)];
  const unit = card.unit?.replace(/\s+/g, " ").trim();
  if (options.unit && unit) {
    const under = lines[0].top + lines[0].height + CARD.unitGap;
    lines.push(shapeLine(unit, fittedPt(unit, CARD.unitMaxPt), face, () => under));
  }
  return lines;
}

/** VML's plain-text WordArt shape type (Word writes the same definition); shapes refer to it by id. */
const WORDART_TYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  "<v:formulas>" +
  ["sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0", "if @0 21600 @1"]
    .concat(["if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5"])
    .map((eqn) => `<v:f eqn="${eqn}"/>`)
    .join("") +
  "</v:formulas>" +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

const pt = (mm: number) => (mm * PT_PER_MM).toFixed(2);

/**
 * One line of a card as plain-text WordArt (VML `v:textpath`) placed on the page, `rotation:180` for the upper
 * half. WordArt because it is the one turned text both Word and LibreOffice draw turned: LibreOffice (7.4) keeps
 * the text of a turned DrawingML or VML text box upright, but draws WordArt as Fontwork, which turns. WordArt
 * draws its text to fill the shape, so the shape is the text's own size: its width in characters by one em.
 */
function wordArt(id: number, line: Line, font: string, turned: boolean): string {
  const left = (CARD.width - line.width) / 2;
  const top = turned ? CARD.height - line.top - line.height : line.top;
  const style =
    `position:absolute;margin-left:${pt(left)}pt;margin-top:${pt(top)}pt;width:${pt(line.width)}pt;height:${pt(line.height)}pt;` +
    `${turned ? "rotation:180;" : ""}z-index:${id};mso-position-horizontal-relative:page;mso-position-vertical-relative:page`;
  const fontStyle = wordXml(`font-family:"${font}";font-size:${Math.round(line.height * PT_PER_MM)}pt;v-text-kern:t`);
  return (
    `<v:shape id="huiwu_card_${id}" o:spid="huiwu_card_${id}" type="#_x0000_t136" style="${style}" fillcolor="black" stroked="f">` +
    `<v:textpath style="${fontStyle}" string="${wordXml(line.text)}"/></v:shape>`
  );
}

/**
 * The body of the cards: for each card one page, one empty paragraph holding its WordArt (the lower half
 * upright, the upper half turned). The shapes are placed on the page, not in the text, so they stand where the
 * fold puts them whatever the margins.
 */
export function nameCardsBody(cards: readonly NameCard[], options: NameCardOptions = {}): string {
  const font = options.font === "hei" ? FONT.heiti : FONT.kaiti;
  let id = 1;
  return cards
    .map((card, i) => {
      const lines = lowerHalf(card, options);
      // One shape a run: LibreOffice reads only the first shape of a w:pict.
      const shapes = [
        ...lines.map((line) => wordArt(id++, line, font, false)),
        ...lines.map((line) => wordArt(id++, line, font, true)),
      ].map((shape, j) => `<w:r><w:pict>${i === 0 && j === 0 ? WORDART_TYPE : ""}${shape}</w:pict></w:r>`);
      return paragraph(shapes.join(""), { line: Math.round(TWIPS_PER_MM * 4), pageBreakBefore: i > 0 });
    })
    .join("");
}

/** The cards as the flat OPC package Word's insertOoxml takes (no page setup: insertOoxml carries none). */
export function nameCardsOoxml(cards: readonly NameCard[], options: NameCardOptions = {}): string {
  return flatOpc(nameCardsBody(cards, options));
}

/** The cards as the parts of a .docx, on landscape A4. */
export function nameCardsDocx(cards: readonly NameCard[], options: NameCardOptions = {}): Record<string, string> {
  const font = options.font === "hei" ? FONT.heiti : FONT.kaiti;
  // LibreOffice draws WordArt in the document's default font, whatever the shape names.
  return docxParts(nameCardsBody(cards, options), "桌签", { ...CARD_PAGE, font });
}
