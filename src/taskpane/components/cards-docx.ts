import { type NameCard, type NameCardOptions, nameCardsDocx } from "../../core/cards/name-cards";
import { zipDocx } from "../../hosts/files/write-docx";

/** The cards as a .docx on landscape A4, one a page. */
export function cardsDocx(cards: readonly NameCard[], options: NameCardOptions): Promise<Uint8Array> {
  return zipDocx(nameCardsDocx(cards, options));
}
