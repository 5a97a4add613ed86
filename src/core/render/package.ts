import { FONT, PAGE, SIZE } from "./gbt9704";
import { paragraph, run } from "./paragraph";
import { wordXml } from "../xml/escape";
import { LETTER_FOOT_RULE, letterFootRule, letterhead, letterheadDistance } from "./letter";

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** The document root also names VML's prefixes: the 桌签's names are VML WordArt (see cards/name-cards.ts). */
const DOCUMENT_NS = `${W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"`;

/** A document's page: paper, orientation, margins (twips), and whether it carries GB/T 9704 page numbers. */
export interface PageSetup {
  width: number;
  height: number;
  landscape: boolean;
  margins: { top: number; right: number; bottom: number; left: number };
  pageNumbers: boolean;
  /** The document's default font (仿宋_GB2312 when not given). */
  font?: string;
}

/** GB/T 9704: A4 portrait, 天头 37, 订口 28, bottom 35, right 26 mm, page numbers 7 mm under the 版心. */
export const GBT_PAGE: PageSetup = {
  width: PAGE.width,
  height: PAGE.height,
  landscape: false,
  margins: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left },
  pageNumbers: true,
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/**
 * Flat OPC for Word's insertOoxml: the body alone, no section properties, so an insertion never changes
 * the page setup of the user's document.
 */
export function flatOpc(bodyXml: string): string {
  return (
    `${XML_HEAD}<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document ${DOCUMENT_NS}><w:body>${bodyXml}</w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}

/**
 * Page numbers `— 1 —` in 4号宋体: odd pages right, even pages left, one character in (GB/T 9704 7.5). `after`
 * lifts the number where the footer's edge is lower than 25 mm (a letter's, for its lower rule).
 */
function footer(align: "right" | "left", after = 0): string {
  const font = { font: FONT.songti, size: SIZE.四号 };
  const field =
    `<w:r><w:rPr><w:rFonts w:ascii="${FONT.songti}" w:hAnsi="${FONT.songti}" w:eastAsia="${FONT.songti}" w:cs="${FONT.songti}"/><w:sz w:val="${SIZE.四号}"/><w:szCs w:val="${SIZE.四号}"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r><w:rPr><w:sz w:val="${SIZE.四号}"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r><w:rPr><w:sz w:val="${SIZE.四号}"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>` +
    run("1", font) +
    `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const p = paragraph(run("— ", font) + field + run(" —", font), {
    align,
    [align === "right" ? "rightChars" : "leftChars"]: 1,
    line: 400,
    after,
  });
  return `${XML_HEAD}<w:ftr ${W_NS}>${p}</w:ftr>`;
}

/**
 * The parts of a .docx (path → XML); a host zips them. The page is GB/T 9704's unless another is given. A letter
 * (信函格式, GB/T 9704 10.1) has its 标志 and upper rule in the first page's header, the lower rule in its footer and
 * no page number there.
 */
export function docxParts(
  bodyXml: string,
  title: string,
  page: PageSetup = GBT_PAGE,
  letter?: { mark: string },
): Record<string, string> {
  const { top, right, bottom, left } = page.margins;
  const footerDistance = letter ? LETTER_FOOT_RULE : PAGE.footer;
  const lift = PAGE.footer - footerDistance;
  const font = page.font ?? FONT.fangsong;
  const sectPr =
    `<w:sectPr>` +
    (page.pageNumbers
      ? `<w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>`
      : "") +
    (letter
      ? `<w:headerReference w:type="first" r:id="rIdHeaderFirst"/><w:footerReference w:type="first" r:id="rIdFooterFirst"/>`
      : "") +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"${page.landscape ? ' w:orient="landscape"' : ""}/>` +
    `<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="${letter ? letterheadDistance(letter.mark) : 851}" w:footer="${footerDistance}" w:gutter="0"/>` +
    (letter ? "<w:titlePg/>" : "") +
    `<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`;
  const letterParts: Record<string, string> = letter
    ? {
        "word/header1.xml": `${XML_HEAD}<w:hdr ${W_NS}>${letterhead(letter.mark)}</w:hdr>`,
        "word/footer3.xml": `${XML_HEAD}<w:ftr ${W_NS}>${letterFootRule()}</w:ftr>`,
      }
    : {};
  return {
    "[Content_Types].xml":
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
      `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
      `<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
      (letter
        ? `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
          `<Override PartName="/word/footer3.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`
        : "") +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    "_rels/.rels":
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    "docProps/core.xml":
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${wordXml(title)}</dc:title><dc:creator>会务助手</dc:creator></cp:coreProperties>`,
    "word/_rels/document.xml.rels":
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
      `<Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
      `<Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>` +
      (letter
        ? `<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
          `<Relationship Id="rIdFooterFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer3.xml"/>`
        : "") +
      `</Relationships>`,
    "word/styles.xml":
      `${XML_HEAD}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
      `<w:sz w:val="${SIZE.三号}"/><w:szCs w:val="${SIZE.三号}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
    "word/settings.xml": `${XML_HEAD}<w:settings ${W_NS}><w:evenAndOddHeaders/><w:defaultTabStop w:val="640"/></w:settings>`,
    "word/footer1.xml": footer("right", lift),
    "word/footer2.xml": footer("left", lift),
    ...letterParts,
    "word/document.xml": `${XML_HEAD}<w:document ${DOCUMENT_NS}><w:body>${bodyXml}${sectPr}</w:body></w:document>`,
  };
}
