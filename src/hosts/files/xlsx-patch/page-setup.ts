import type { PageLook } from "../../../core/look/sheet-look";

/** A page look as SpreadsheetML: print options, margins and page setup (A4 is paper size 9), in schema order. */
export function pageSetupXml(page: PageLook): string {
  const centred =
    (page.centreHorizontally ? ' horizontalCentered="1"' : "") + (page.centreVertically ? ' verticalCentered="1"' : "");
  const m = page.margins;
  return (
    (centred ? `<printOptions${centred}/>` : "") +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${page.landscape ? "landscape" : "portrait"}" fitToWidth="${page.fitWide}" fitToHeight="${page.fitTall}"/>`
  );
}

/**
 * A worksheet SheetJS wrote, set up to print as `page` (`after` is what follows the page setup, such as a footer)
 * and each row given the height `rowHeight` says for it (0-based).
 */
export function withPageSetup(
  sheetXml: string,
  page: PageLook,
  rowHeight: (row: number) => number,
  after = "",
): string {
  let xml = sheetXml.replace(
    /<row r="(\d+)"/g,
    (tag, r: string) => `${tag} ht="${rowHeight(Number(r) - 1)}" customHeight="1"`,
  );
  if (!/<sheetPr\b/.test(xml))
    xml = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const setup = pageSetupXml(page) + after;
  xml = xml.replace(/<printOptions\b[^>]*\/>|<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>/g, "");
  return /<ignoredErrors\b/.test(xml)
    ? xml.replace(/<ignoredErrors\b/, `${setup}$&`)
    : xml.replace(/<\/worksheet>/, `${setup}$&`);
}
